/** The derived columns of the household table, each defined once (reference §3, Decisions D-*, P-*). */
import {
  AGE_BANDS,
  DENSITY_BANDS,
  EFFORT_EVOLUTION_BANDS,
  RESIDUAL_EVOLUTION_BANDS,
  SURFACE_EVOLUTION_BANDS,
} from '../catalogue/bands';
import type { DerivedKey } from '../catalogue/columns';
import { add, div, mul, opt, param, ref, round, sub, type DerivedDef } from './expr';

type Defs = { readonly [K in DerivedKey]: DerivedDef & { readonly key: K } };

export const DERIVED: Defs = {
  quittance: { key: 'quittance', required: ['rent'], optional: ['charges'], value: add(ref('rent'), opt('charges')) },
  residualRent: {
    key: 'residualRent', required: ['quittance'], optional: ['apl'], value: sub(ref('quittance'), opt('apl')),
  },
  effortRate: {
    key: 'effortRate', required: ['residualRent'], positive: ['resources'],
    value: div(ref('residualRent'), ref('resources')),
  },
  densityBefore: {
    key: 'densityBefore', required: ['occupants', 'rooms'], value: round(sub(ref('occupants'), ref('rooms')), 4), bands: DENSITY_BANDS,
  },
  resources: {
    key: 'resources', required: [], optional: ['salaries', 'familyBenefits'], anyOptional: true,
    value: add(opt('salaries'), opt('familyBenefits')),
  },
  resourcesSmic: {
    key: 'resourcesSmic', required: ['resources'], value: round(div(ref('resources'), param('smic')), 4),
  },
  ageBand: { key: 'ageBand', required: ['age'], value: ref('age'), bands: AGE_BANDS },
  densityAfter: {
    key: 'densityAfter', required: ['occupants', 'roomsAfter'], value: round(sub(ref('occupants'), ref('roomsAfter')), 4), bands: DENSITY_BANDS,
  },
  roomsEvolution: {
    key: 'roomsEvolution', required: ['roomsAfter', 'rooms'], value: round(sub(ref('roomsAfter'), ref('rooms')), 4),
  },
  surfaceEvolution: {
    key: 'surfaceEvolution', required: ['surfaceAfter', 'surface'], value: round(sub(ref('surfaceAfter'), ref('surface')), 2),
  },
  surfaceEvolutionBand: {
    key: 'surfaceEvolutionBand', required: ['surfaceAfter'], positive: ['surface'],
    value: round(mul(div(sub(ref('surfaceAfter'), ref('surface')), ref('surface')), { t: 'num', v: 100 }), 4),
    bands: SURFACE_EVOLUTION_BANDS,
  },
  quittanceAfter: {
    key: 'quittanceAfter', required: ['rentAfter'], optional: ['chargesAfter'], value: add(ref('rentAfter'), opt('chargesAfter')),
  },
  residualRentAfter: {
    key: 'residualRentAfter', required: ['quittanceAfter'], optional: ['aplAfter'],
    value: sub(ref('quittanceAfter'), opt('aplAfter')),
  },
  effortRateAfter: {
    key: 'effortRateAfter', required: ['residualRentAfter'], positive: ['resources'],
    value: div(ref('residualRentAfter'), ref('resources')),
  },
  effortRateEvolution: {
    key: 'effortRateEvolution', required: ['effortRateAfter', 'effortRate'],
    value: round(mul(sub(ref('effortRateAfter'), ref('effortRate')), { t: 'num', v: 100 }), 4),
  },
  effortRateEvolutionBand: {
    key: 'effortRateEvolutionBand', required: ['effortRateEvolution'], value: ref('effortRateEvolution'),
    bands: EFFORT_EVOLUTION_BANDS,
  },
  residualRentEvolution: {
    key: 'residualRentEvolution', required: ['residualRentAfter', 'residualRent'],
    value: round(sub(ref('residualRentAfter'), ref('residualRent')), 2),
  },
  residualRentEvolutionBand: {
    key: 'residualRentEvolutionBand', required: ['residualRentEvolution'], value: ref('residualRentEvolution'),
    bands: RESIDUAL_EVOLUTION_BANDS,
  },
};

export const DERIVED_DEFS: readonly DerivedDef[] = Object.values(DERIVED);

/** Derived definitions in an order where every input is computed before it is read. */
export const DERIVED_ORDER: readonly DerivedDef[] = (() => {
  const done = new Set<string>();
  const out: DerivedDef[] = [];
  const byKey = new Map(DERIVED_DEFS.map((d) => [d.key, d]));
  const visit = (d: DerivedDef): void => {
    if (done.has(d.key)) return;
    done.add(d.key);
    for (const k of [...d.required, ...(d.positive ?? []), ...(d.optional ?? [])]) {
      const dep = byKey.get(k);
      if (dep) visit(dep);
    }
    out.push(d);
  };
  DERIVED_DEFS.forEach(visit);
  return out;
})();
