import { type FormEvent, useId, useState } from 'react';
import { useAuth } from './auth.tsx';

const AGENCIES = ['ABC', 'JICA', 'UNOSSC', 'INDONESIA', 'AMEXCID'];
const ROLES = ['viewer', 'officer', 'evaluator', 'admin'];

/** Development sign-in of agency staff: pick an agency and roles; the server signs a development token. */
export function SignIn() {
  const { session, available, signIn, signOut } = useAuth();
  const [open, setOpen] = useState(false);
  const [agency, setAgency] = useState('ABC');
  const [roles, setRoles] = useState<string[]>(['viewer']);
  const [user, setUser] = useState('dev-user');
  const [problem, setProblem] = useState('');
  const id = useId();
  if (session)
    return (
      <div className="session">
        <span data-testid="session">
          {session.user} · {session.agency} ({session.roles.join(', ') || 'no role'})
        </span>{' '}
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </div>
    );
  if (!available) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem('');
    try {
      await signIn(agency, roles, user.trim() || 'dev-user');
      setOpen(false);
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  return (
    <div className="session">
      <button type="button" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
        Sign in (development)
      </button>
      {open && (
        <form id={`${id}-form`} className="signin" onSubmit={(e) => void submit(e)} aria-label="Development sign-in">
          <label htmlFor={`${id}-agency`}>Agency</label>
          <select id={`${id}-agency`} value={agency} onChange={(e) => setAgency(e.target.value)}>
            {AGENCIES.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
          <label htmlFor={`${id}-user`}>User</label>
          <input id={`${id}-user`} value={user} onChange={(e) => setUser(e.target.value)} autoComplete="off" />
          <fieldset>
            <legend>Roles</legend>
            {ROLES.map((r) => (
              <label key={r} className="check">
                <input
                  type="checkbox"
                  name="role"
                  value={r}
                  checked={roles.includes(r)}
                  onChange={(e) => setRoles(e.target.checked ? [...roles, r] : roles.filter((x) => x !== r))}
                />{' '}
                {r}
              </label>
            ))}
          </fieldset>
          <button type="submit">Sign in</button>
          {problem && <p role="alert">{problem}</p>}
        </form>
      )}
    </div>
  );
}
