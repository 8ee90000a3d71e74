package societal

// template is the dossier Template returns: every key of the format once,
// free texts as "<…>" placeholders. Never modified.
const template = `{
  "id": "<stable project identifier>",
  "name": "<project name>",
  "carrier": "<carrying organisation>",
  "phase": "modelisation",
  "history": [
    {"from": "conception", "to": "experimentation", "kind": "advance", "at": "2020-01-01T00:00:00Z", "reason": "<why the project moved>", "by": "<who decided>"},
    {"from": "experimentation", "to": "modelisation", "kind": "advance", "at": "2022-01-01T00:00:00Z", "reason": "<why the project moved>", "by": "<who decided>"}
  ],
  "dimensions": {
    "solution": "established",
    "processus": "partial",
    "modele-economique": "unstated"
  },
  "economic_model": "rd",
  "operator_model": "partial",
  "stakeholders": {
    "porteur-idee": "+++",
    "catalyseurs": "++",
    "financeurs": "++",
    "beneficiaires": "+",
    "experts-conseil": "+",
    "academique": "+",
    "institutions": "+",
    "pairs": "-",
    "gouvernance": "-"
  },
  "partnership": {
    "name": "<partnership name>",
    "mission": "interet-general",
    "modes": ["innovation-societale"],
    "scheme": "entreprise+territoire",
    "partners": [
      {"id": "carrier", "kind": "association", "name": "<partner name>", "purpose": "interet-general", "objectives": ["externe-mobilisation"], "power": "0.5"},
      {"id": "company", "kind": "entreprise", "name": "<partner name>", "purpose": "lucratif", "objectives": ["externe-performance"], "power": "0.5"}
    ],
    "contributions": [
      {"partner": "company", "lever": "financement", "kind": "financier", "amount": {"value": "100000", "currency": "EUR"}, "period": {"start": 2022, "end": 2024}, "note": "<what is brought>"},
      {"partner": "carrier", "lever": "evaluation", "kind": "competences"}
    ],
    "terms": {
      "formal": "yes",
      "shared_governance": "yes",
      "cost_sharing": "unstated",
      "exit_strategy": "no",
      "commitment_months": 36,
      "shared_vision": "yes",
      "leadership_support": "unstated",
      "dedicated_team": "unstated",
      "milestones": "yes",
      "regular_consultation": "unstated",
      "regular_evaluation": "unstated"
    }
  },
  "evaluations": [
    {
      "form": "performance",
      "degree": "se-compter",
      "evaluators": ["partenaires"],
      "path": "<how the evaluation was led>",
      "indicators": [
        {"name": "<indicator>", "lever": "social", "unit": "<unit>", "direction": "higher-is-better", "baseline": "0", "target": "100", "actual": "60", "weight": "1"}
      ]
    },
    {
      "form": "pertinence",
      "degree": "se-conter",
      "evaluators": ["beneficiaires"],
      "path": "<how the evaluation was led>",
      "intuition": "<the founding intuition>",
      "gap": "<the gap between needs and answers>",
      "needs": [
        {"name": "<need>", "populations": ["<population>"], "territories": ["<territory>"], "fragile": true, "weight": "1", "outcome": "met"}
      ],
      "impacts": [
        {"description": "<impact>", "kind": "voulu", "evidence": "se-conter"}
      ]
    },
    {
      "form": "partenariale",
      "degree": "compter",
      "evaluators": ["academiques"],
      "path": "<how the evaluation was led>",
      "partners": [
        {"partner": "<partner>", "value": "<value created for the partner>", "weight": "1", "outcome": "met"},
        {"partner": "<other partner>", "value": "<value created for the partner>", "weight": "1", "outcome": "unknown"}
      ],
      "common_good": [
        {"dimension": "politique", "value": "<value created for the common good>", "weight": "1", "outcome": "unknown"}
      ]
    }
  ],
  "budget": {"total": "1000000", "evaluation": "50000", "capacity_building": "100000"}
}
`

// Template returns a complete dossier in the format DecodeDossier reads:
// every key of the format appears once, with a value DecodeDossier accepts,
// so that a writer can start from it and delete what does not apply. Free
// texts are placeholders written "<…>", to be replaced; enumerations hold
// one of their keys, and amounts, weights and dates plain illustrative
// values (they describe no real project). The keys, the accepted values and
// the bounds of each are listed, with a description, in the JSON Schema
// schema/dossier.schema.json of the module's repository (and the schemas of
// a dossier's parts, beside it), generated from the descriptions the
// decoder reads by; a test fails when a key of the schema is missing here.
//
// Each call returns a new slice, which the caller may modify. Safe for
// concurrent use.
func Template() []byte { return []byte(template) }
