/** UN M49 sub-regions of ISO 3166-1 countries; Antarctica and Kosovo (not in M49) answer null. */
const REGIONS: Record<string, string> = {};
const add = (region: string, codes: string) => {
  for (const c of codes.split(' ')) REGIONS[c] = region;
};
add('Eastern Africa', 'BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW');
add('Middle Africa', 'AO CM CF TD CG CD GQ GA ST');
add('Northern Africa', 'DZ EG LY MA SD TN EH');
add('Southern Africa', 'BW SZ LS NA ZA');
add('Western Africa', 'BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG');
add('Caribbean', 'AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI');
add('Central America', 'BZ CR SV GT HN MX NI PA');
add('South America', 'AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE');
add('Northern America', 'BM CA GL PM US');
add('Central Asia', 'KZ KG TJ TM UZ');
add('Eastern Asia', 'CN HK MO KP JP MN KR TW');
add('South-eastern Asia', 'BN KH ID LA MY MM PH SG TH TL VN');
add('Southern Asia', 'AF BD BT IN IR MV NP PK LK');
add('Western Asia', 'AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE');
add('Melanesia', 'FJ NC PG SB VU');
add('Micronesia', 'GU KI MH FM NR MP PW');
add('Polynesia', 'AS CK PF NU PN WS TK TO TV WF');
add('Australia and New Zealand', 'AU NZ NF HM CX CC');
add('Northern Europe', 'AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB');
add('Southern Europe', 'AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES');
add('Western Europe', 'AT BE FR DE LI LU MC NL CH');
add('Eastern Europe', 'BY BG CZ HU MD PL RO RU SK UA');
add('Eastern Africa', 'IO TF');
add('Micronesia', 'UM');

export function regionOf(code: string): string | null {
  return REGIONS[code] ?? null;
}
