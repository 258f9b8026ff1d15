import type { GrammarLexicon } from '../types.js';
import { words } from '../words.js';

export const EN: GrammarLexicon = {
  functionWords: words(`
    the a an of to in on at by for from with without into onto about against between through during before
    after above below over under and or nor but so yet because although though if while when where which who
    whom whose what that this these those it its he she they them his her their our we you i me my your us
    is are was were be been being has have had do does did will would can could may might must shall should
    not no also too very more most less much many some any each every all both either neither other another
    such than then there here now today yesterday tomorrow meanwhile however moreover still already just only
    monday tuesday wednesday thursday friday saturday sunday first second third last new according
  `),
  nameConnectors: words('of the de del da van von der bin al'),
  determiners: words('the a an his her their its this that'),
  ofWords: words('of'),
  definiteArticles: words('the'),
  negations: words('not never no neither nor'),
  hedges: [
    'allegedly',
    'reportedly',
    'apparently',
    'possible',
    'possibly',
    'probably',
    'would',
    'could',
    'may have',
    'might',
    'rumours',
    'rumors',
    'unconfirmed',
    'suspected',
  ],
  attributions: [['according', 'to'], ['citing'], ['reported', 'by']],
  months: new Map([
    ['january', 1],
    ['february', 2],
    ['march', 3],
    ['april', 4],
    ['may', 5],
    ['june', 6],
    ['july', 7],
    ['august', 8],
    ['september', 9],
    ['october', 10],
    ['november', 11],
    ['december', 12],
  ]),
  weekdays: words('monday tuesday wednesday thursday friday saturday sunday'),
  numberWords: new Map([
    ['one', 1],
    ['two', 2],
    ['three', 3],
    ['four', 4],
    ['five', 5],
    ['six', 6],
    ['seven', 7],
    ['eight', 8],
    ['nine', 9],
    ['ten', 10],
    ['dozen', 12],
    ['twenty', 20],
    ['hundred', 100],
    ['thousand', 1000],
    ['half', 0.5],
  ]),
  scaleWords: new Map([
    ['thousand', 1e3],
    ['million', 1e6],
    ['millions', 1e6],
    ['billion', 1e9],
    ['billions', 1e9],
    ['trillion', 1e12],
  ]),
  prepositions: words('of in with to by for from at on according'),
  articles: words('the a an'),
  nounDeterminers: words('the a an this that these those his her their its'),
  contractedOf: new Set(),
  conjunctions: words('and or nor'),
  andWords: words('and'),
};
