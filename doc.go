// Package societal makes Le RAMEAU's model of societal innovation executable.
//
// A societal innovation grows through five phases — conception,
// expérimentation, modélisation, essaimage, industrialisation — each with its
// own needs, its own levers of support (financing, skills & network, advice,
// evaluation), its own risk at the crossing, and a shift from an R&D
// (grant-funded) to an operator economic model.
//
// # Packages
//
//   - [github.com/seed424036fd/societal/innovation]: the phases, the lifecycle
//     of one project over them, the needs/levers and stakeholders matrices,
//     risks and economic model.
//   - [github.com/seed424036fd/societal/evaluation]: the three evaluation
//     forms (performance, pertinence, partenariale) with decimal scoring.
//   - [github.com/seed424036fd/societal/partnership]: actors, partnership
//     modes, contributions and the balance of a partnership.
//
// # Sources
//
// Every model fact in the code cites its source document and line; the model
// is distilled in the project's MODEL.md.
package societal
