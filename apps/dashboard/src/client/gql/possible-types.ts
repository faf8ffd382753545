
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AgencyProfile": [
      "AbcAgencyProfile",
      "AmexcidAgencyProfile",
      "IndonesiaAgencyProfile",
      "JicaAgencyProfile",
      "UnosscAgencyProfile"
    ],
    "CooperationRequest": [
      "AbcCooperationRequest",
      "AmexcidCooperationRequest",
      "IndonesiaCooperationRequest",
      "JicaCooperationRequest",
      "UnosscCooperationRequest"
    ],
    "Evaluation": [
      "AbcEvaluation",
      "AmexcidEvaluation",
      "IndonesiaEvaluation",
      "JicaEvaluation",
      "UnosscEvaluation"
    ],
    "Expert": [
      "AbcExpert",
      "AmexcidExpert",
      "IndonesiaExpert",
      "JicaExpert",
      "UnosscExpert"
    ],
    "Institution": [
      "AbcInstitution",
      "AmexcidInstitution",
      "IndonesiaInstitution",
      "JicaInstitution",
      "UnosscInstitution"
    ],
    "Lesson": [
      "AbcLesson",
      "AmexcidLesson",
      "IndonesiaLesson",
      "JicaLesson",
      "UnosscLesson"
    ],
    "Project": [
      "AbcProject",
      "AmexcidProject",
      "IndonesiaProject",
      "JicaProject",
      "UnosscProject"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AgencyProfile": [
      "AbcAgencyProfile",
      "AmexcidAgencyProfile",
      "IndonesiaAgencyProfile",
      "JicaAgencyProfile",
      "UnosscAgencyProfile"
    ],
    "CooperationRequest": [
      "AbcCooperationRequest",
      "AmexcidCooperationRequest",
      "IndonesiaCooperationRequest",
      "JicaCooperationRequest",
      "UnosscCooperationRequest"
    ],
    "Evaluation": [
      "AbcEvaluation",
      "AmexcidEvaluation",
      "IndonesiaEvaluation",
      "JicaEvaluation",
      "UnosscEvaluation"
    ],
    "Expert": [
      "AbcExpert",
      "AmexcidExpert",
      "IndonesiaExpert",
      "JicaExpert",
      "UnosscExpert"
    ],
    "Institution": [
      "AbcInstitution",
      "AmexcidInstitution",
      "IndonesiaInstitution",
      "JicaInstitution",
      "UnosscInstitution"
    ],
    "Lesson": [
      "AbcLesson",
      "AmexcidLesson",
      "IndonesiaLesson",
      "JicaLesson",
      "UnosscLesson"
    ],
    "Project": [
      "AbcProject",
      "AmexcidProject",
      "IndonesiaProject",
      "JicaProject",
      "UnosscProject"
    ]
  }
};
      export default result;
    