/** The entity-type groups every rule reads (places, agents) are defined once, in the schema. */
import { describe, expect, it } from 'vitest';
import {
  AGENT_TYPES,
  COARSE_TYPE,
  ENTITY_TYPES,
  NON_COUNTRY_PLACE_TYPES,
  PLACE_TYPES,
  isAgentType,
  isNonCountryPlaceType,
  isPlaceType,
} from '../../src/schema/index.js';

describe('entity type groups', () => {
  it('places are exactly the types a coarse annotation calls LOC', () => {
    expect([...PLACE_TYPES].sort()).toEqual(
      ENTITY_TYPES.filter((t) => COARSE_TYPE[t] === 'LOC').sort(),
    );
  });

  it('places without the country are the other place types', () => {
    expect(NON_COUNTRY_PLACE_TYPES).toEqual(PLACE_TYPES.filter((t) => t !== 'Country'));
    expect(NON_COUNTRY_PLACE_TYPES).not.toContain('Country');
  });

  it.each([
    ['Country', true, false, true],
    ['City', true, true, false],
    ['Region', true, true, false],
    ['Place', true, true, false],
    ['Person', false, false, true],
    ['Organization', false, false, true],
    ['Event', false, false, false],
    ['Date', false, false, false],
    ['', false, false, false],
  ])('%j: place %s, non-country place %s, agent %s', (type, place, nonCountry, agent) => {
    expect(isPlaceType(type)).toBe(place);
    expect(isNonCountryPlaceType(type)).toBe(nonCountry);
    expect(isAgentType(type)).toBe(agent);
  });

  it('agents are entity types', () => {
    for (const t of AGENT_TYPES) expect(ENTITY_TYPES).toContain(t);
  });
});
