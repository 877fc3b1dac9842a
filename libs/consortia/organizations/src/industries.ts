/**
 * The Korean Standard Industrial Classification (KSIC), 10th revision (Statistics Korea, 2017):
 * its 21 sections and 77 two-digit divisions. The SME size rules are written against these codes,
 * so an organisation's industry is recorded as one of them.
 *
 * Codes used by the product are a section letter followed by a two-digit division, e.g. 'C26',
 * 'H49', 'J62', 'G47'; a bare section letter ('G') names the whole section.
 */

export interface KsicSection {
  /** One capital letter, A to U. */
  readonly code: string;
  readonly name: string;
}

export interface KsicDivision {
  /** The section letter followed by the two-digit division, e.g. 'C26'. */
  readonly code: string;
  readonly section: string;
  readonly name: string;
}

export type Industry =
  | { readonly kind: 'section'; readonly code: string; readonly name: string }
  | {
      readonly kind: 'division';
      readonly code: string;
      readonly name: string;
      readonly section: string;
    };

export const KSIC_SECTIONS: readonly KsicSection[] = Object.freeze(
  [
    { code: 'A', name: 'Agriculture, forestry and fishing' },
    { code: 'B', name: 'Mining and quarrying' },
    { code: 'C', name: 'Manufacturing' },
    { code: 'D', name: 'Electricity, gas, steam and air conditioning supply' },
    {
      code: 'E',
      name: 'Water supply; sewage, waste management and materials recovery',
    },
    { code: 'F', name: 'Construction' },
    { code: 'G', name: 'Wholesale and retail trade' },
    { code: 'H', name: 'Transportation and storage' },
    { code: 'I', name: 'Accommodation and food service activities' },
    { code: 'J', name: 'Information and communication' },
    { code: 'K', name: 'Financial and insurance activities' },
    { code: 'L', name: 'Real estate activities' },
    { code: 'M', name: 'Professional, scientific and technical activities' },
    {
      code: 'N',
      name: 'Business facilities management and business support services; rental and leasing activities',
    },
    { code: 'O', name: 'Public administration and defence; compulsory social security' },
    { code: 'P', name: 'Education' },
    { code: 'Q', name: 'Human health and social work activities' },
    { code: 'R', name: 'Arts, sports and recreation related services' },
    { code: 'S', name: 'Membership organizations, repair and other personal services' },
    {
      code: 'T',
      name: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    },
    { code: 'U', name: 'Activities of extraterritorial organizations and bodies' },
  ].map((section): KsicSection => Object.freeze(section)),
);

const division = (code: string, name: string): KsicDivision =>
  Object.freeze({ code, section: code.charAt(0), name });

export const KSIC_DIVISIONS: readonly KsicDivision[] = Object.freeze([
  division('A01', 'Agriculture'),
  division('A02', 'Forestry'),
  division('A03', 'Fishing'),
  division('B05', 'Mining of coal, crude petroleum and natural gas'),
  division('B06', 'Mining of metal ores'),
  division('B07', 'Mining of non-metallic minerals, except fuel'),
  division('B08', 'Mining support service activities'),
  division('C10', 'Food products'),
  division('C11', 'Beverages'),
  division('C12', 'Tobacco products'),
  division('C13', 'Textiles, except apparel'),
  division('C14', 'Wearing apparel, clothing accessories and fur articles'),
  division('C15', 'Leather, luggage and footwear'),
  division('C16', 'Wood and products of wood and cork, except furniture'),
  division('C17', 'Pulp, paper and paper products'),
  division('C18', 'Printing and reproduction of recorded media'),
  division('C19', 'Coke, briquettes and refined petroleum products'),
  division(
    'C20',
    'Chemicals and chemical products, except pharmaceuticals and medicinal chemicals',
  ),
  division('C21', 'Pharmaceuticals, medicinal chemicals and botanical products'),
  division('C22', 'Rubber and plastics products'),
  division('C23', 'Other non-metallic mineral products'),
  division('C24', 'Basic metals'),
  division('C25', 'Fabricated metal products, except machinery and furniture'),
  division('C26', 'Electronic components, computer, radio, television and communication equipment'),
  division('C27', 'Medical, precision and optical instruments, watches and clocks'),
  division('C28', 'Electrical equipment'),
  division('C29', 'Other machinery and equipment'),
  division('C30', 'Motor vehicles, trailers and semitrailers'),
  division('C31', 'Other transport equipment'),
  division('C32', 'Furniture'),
  division('C33', 'Other manufacturing'),
  division('C34', 'Industrial machinery and equipment repair'),
  division('D35', 'Electricity, gas, steam and air conditioning supply'),
  division('E36', 'Water supply'),
  division('E37', 'Sewage, wastewater and human waste treatment services'),
  division('E38', 'Waste collection, transportation, treatment and disposal; materials recovery'),
  division('E39', 'Remediation activities and other waste management services'),
  division('F41', 'General construction'),
  division('F42', 'Specialized construction activities'),
  division('G45', 'Sale of motor vehicles and parts'),
  division('G46', 'Wholesale trade on own account or on a fee or contract basis'),
  division('G47', 'Retail trade, except motor vehicles and motorcycles'),
  division('H49', 'Land transport and transport via pipelines'),
  division('H50', 'Water transport'),
  division('H51', 'Air transport'),
  division('H52', 'Warehousing and support activities for transportation'),
  division('I55', 'Accommodation'),
  division('I56', 'Food and beverage service activities'),
  division('J58', 'Publishing activities'),
  division(
    'J59',
    'Motion picture, video and television programme production, sound recording and music publishing',
  ),
  division('J60', 'Broadcasting activities'),
  division('J61', 'Postal activities and telecommunications'),
  division('J62', 'Computer programming, consultancy and related activities'),
  division('J63', 'Information service activities'),
  division('K64', 'Financial service activities, except insurance and pension funding'),
  division('K65', 'Insurance and pension funding'),
  division('K66', 'Activities auxiliary to financial service and insurance activities'),
  division('L68', 'Real estate activities'),
  division('M70', 'Research and development'),
  division('M71', 'Professional services'),
  division('M72', 'Architectural, engineering and other scientific technical services'),
  division('M73', 'Other professional, scientific and technical services'),
  division('N74', 'Business facilities management and landscape services'),
  division('N75', 'Business support services'),
  division('N76', 'Rental and leasing activities, except real estate'),
  division('O84', 'Public administration and defence; compulsory social security'),
  division('P85', 'Education'),
  division('Q86', 'Human health activities'),
  division('Q87', 'Social work activities'),
  division('R90', 'Creative, arts and recreation related services'),
  division('R91', 'Sports activities and amusement activities'),
  division('S94', 'Membership organizations'),
  division('S95', 'Maintenance and repair of personal and household goods'),
  division('S96', 'Other personal service activities'),
  division('T97', 'Activities of households as employers of domestic personnel'),
  division(
    'T98',
    'Undifferentiated goods- and services-producing activities of private households for own use',
  ),
  division('U99', 'Activities of extraterritorial organizations and bodies'),
]);

const sectionsByCode = new Map(KSIC_SECTIONS.map((section) => [section.code, section]));
const divisionsByCode = new Map(KSIC_DIVISIONS.map((entry) => [entry.code, entry]));

/** Trims and upper-cases a code so 'c26 ' and 'C26' name the same industry. */
export function normalizeIndustryCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * The section or division a code names, or undefined when KSIC rev. 10 has no such code.
 * A division must sit under its own letter: 'C26' exists, 'G26' does not.
 */
export function findIndustry(code: string): Industry | undefined {
  const normalized = normalizeIndustryCode(code);
  const section = sectionsByCode.get(normalized);
  if (section) return { kind: 'section', code: section.code, name: section.name };
  const found = divisionsByCode.get(normalized);
  if (found) {
    return { kind: 'division', code: found.code, name: found.name, section: found.section };
  }
  return undefined;
}
