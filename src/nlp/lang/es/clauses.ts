import type { ClauseWords, Morphology } from '../types.js';
import { words } from '../words.js';

export const ES_CLAUSES: ClauseWords = {
  breaks: words('que quien quienes cual cuales donde cuando mientras aunque porque pero'),
  relatives: words('que quien quienes donde cuando'),
  personalRelatives: words('quien quienes'),
  openers: words('que quien quienes donde cuando cual cuales'),
  complementizer: 'que',
};

export const ES_MORPHOLOGY: Morphology = {
  infinitive: /(ar|er|ir)(se)?$/,
  objectClitics: words('lo la los las le les'),
  reflexives: words('se'),
  pluralVerb: /n$/,
  preverbal: words('se le les lo la los las ha han había habían me te nos'),
};
