/*
 * The vocabulary of the bench volume data: where firms are, and the words their (fictional,
 * Korean-sounding) names are made of.
 */
import { Region } from '@vcp/consortia/organizations';

// ---------------------------------------------------------------------------------------------

export const REGIONS = Object.values(Region);

export interface RegionProfile {
  /** Share of firms, roughly following where Korean businesses are. */
  weight: number;
  cities: string[];
  /** Adjacent regions a consortium may also cover, nearest first. */
  neighbours: Region[];
}

export const REGION_PROFILES: Readonly<Record<Region, RegionProfile>> = {
  SEOUL: {
    weight: 20,
    cities: ['Seoul', 'Gangnam', 'Guro', 'Mapo', 'Seongsu'],
    neighbours: [Region.GYEONGGI, Region.INCHEON],
  },
  BUSAN: {
    weight: 7,
    cities: ['Busan', 'Haeundae', 'Gangseo', 'Sasang'],
    neighbours: [Region.GYEONGNAM, Region.ULSAN],
  },
  DAEGU: {
    weight: 5,
    cities: ['Daegu', 'Dalseo', 'Suseong'],
    neighbours: [Region.GYEONGBUK, Region.GYEONGNAM],
  },
  INCHEON: {
    weight: 6,
    cities: ['Incheon', 'Songdo', 'Namdong', 'Cheongna'],
    neighbours: [Region.GYEONGGI, Region.SEOUL],
  },
  GWANGJU: {
    weight: 3,
    cities: ['Gwangju', 'Gwangsan'],
    neighbours: [Region.JEONNAM, Region.JEONBUK],
  },
  DAEJEON: {
    weight: 3.5,
    cities: ['Daejeon', 'Daedeok', 'Yuseong'],
    neighbours: [Region.SEJONG, Region.CHUNGNAM],
  },
  ULSAN: { weight: 2.5, cities: ['Ulsan', 'Onsan'], neighbours: [Region.BUSAN, Region.GYEONGNAM] },
  SEJONG: { weight: 0.8, cities: ['Sejong'], neighbours: [Region.DAEJEON, Region.CHUNGNAM] },
  GYEONGGI: {
    weight: 24,
    cities: ['Suwon', 'Pangyo', 'Hwaseong', 'Pyeongtaek', 'Ansan', 'Siheung', 'Icheon'],
    neighbours: [Region.SEOUL, Region.INCHEON],
  },
  GANGWON: {
    weight: 2.5,
    cities: ['Chuncheon', 'Wonju', 'Gangneung'],
    neighbours: [Region.GYEONGGI, Region.CHUNGBUK],
  },
  CHUNGBUK: {
    weight: 3.5,
    cities: ['Cheongju', 'Osong', 'Chungju'],
    neighbours: [Region.SEJONG, Region.DAEJEON],
  },
  CHUNGNAM: {
    weight: 4.5,
    cities: ['Cheonan', 'Asan', 'Dangjin'],
    neighbours: [Region.SEJONG, Region.GYEONGGI],
  },
  JEONBUK: {
    weight: 3,
    cities: ['Jeonju', 'Iksan', 'Gunsan'],
    neighbours: [Region.GWANGJU, Region.CHUNGNAM],
  },
  JEONNAM: {
    weight: 3,
    cities: ['Yeosu', 'Naju', 'Gwangyang', 'Suncheon'],
    neighbours: [Region.GWANGJU, Region.JEONBUK],
  },
  GYEONGBUK: {
    weight: 5,
    cities: ['Pohang', 'Gumi', 'Gyeongsan'],
    neighbours: [Region.DAEGU, Region.ULSAN],
  },
  GYEONGNAM: {
    weight: 6.5,
    cities: ['Changwon', 'Gimhae', 'Geoje', 'Jinju', 'Yangsan'],
    neighbours: [Region.BUSAN, Region.ULSAN],
  },
  JEJU: { weight: 1.2, cities: ['Jeju', 'Seogwipo'], neighbours: [Region.JEONNAM, Region.BUSAN] },
};

export interface VerticalProfile {
  /** Share of consortiums and firms. */
  weight: number;
  /** KSIC divisions of its firms. */
  industries: string[];
  /** Words in its firms' names. */
  words: string[];
  /** Words in its consortiums' names. */
  themes: string[];
  /** Where the vertical is stronger (or weaker) than the national spread. */
  regionBoost: Partial<Record<Region, number>>;
}

export const VERTICAL_PROFILES: Readonly<Record<string, VerticalProfile>> = {
  MANUFACTURING: {
    weight: 32,
    industries: ['C29', 'C29', 'C25', 'C30', 'C26', 'C22', 'C28', 'C24', 'C20'],
    words: [
      'Precision',
      'Machinery',
      'Metal',
      'Mold',
      'Robotics',
      'Automation',
      'Industrial',
      'Casting',
      'Hydraulics',
      'Motion',
      'Parts',
      'Tech',
    ],
    themes: ['Smart Factory', 'Precision Manufacturing', 'Machine Vision', 'Industrial AI'],
    regionBoost: {
      GYEONGNAM: 2.5,
      ULSAN: 3,
      GYEONGBUK: 2,
      CHUNGNAM: 1.8,
      CHUNGBUK: 1.6,
      GYEONGGI: 1.3,
      SEOUL: 0.4,
      JEJU: 0.3,
    },
  },
  LOGISTICS: {
    weight: 17,
    industries: ['H49', 'H52', 'H52', 'H50', 'G46'],
    words: [
      'Logistics',
      'Express',
      'Transport',
      'Shipping',
      'Cold Chain',
      'Freight',
      'Warehousing',
      'Port Services',
    ],
    themes: ['Smart Logistics', 'Port Logistics', 'Cold Chain', 'Freight AI'],
    regionBoost: { BUSAN: 3, INCHEON: 3, GYEONGGI: 1.4, JEONNAM: 1.5, SEOUL: 0.7 },
  },
  E_COMMERCE: {
    weight: 18,
    industries: ['G47', 'G47', 'G47', 'J63', 'J58', 'G46'],
    words: ['Commerce', 'Market', 'Mall', 'Retail', 'Digital', 'Fashion', 'Living', 'Shop'],
    themes: ['Digital Commerce', 'Retail AI', 'Live Commerce', 'Commerce Data'],
    regionBoost: { SEOUL: 2.2, GYEONGGI: 1.3, ULSAN: 0.5, GYEONGBUK: 0.6, CHUNGNAM: 0.6 },
  },
  HEALTHCARE: {
    weight: 12,
    industries: ['C21', 'C27', 'C27', 'Q86', 'J62'],
    words: ['Medical', 'Bio', 'Pharm', 'Healthcare', 'Diagnostics', 'Meditech', 'Life Science'],
    themes: ['Medical Imaging', 'Digital Health', 'Bio AI', 'Clinical AI'],
    regionBoost: { SEOUL: 1.6, CHUNGBUK: 2, DAEGU: 1.8, INCHEON: 1.5, GANGWON: 1.3 },
  },
  AGRI_FOOD: {
    weight: 10,
    industries: ['A01', 'A01', 'C10', 'C10', 'C11', 'G46'],
    words: ['Foods', 'Agro', 'Farm', 'Fresh', 'Seed', 'Dairy', 'Greenhouse'],
    themes: ['Smart Farm', 'Agri-Food AI', 'Food Tech', 'Aquaculture AI'],
    regionBoost: {
      JEONNAM: 3,
      JEONBUK: 3,
      CHUNGNAM: 2,
      GYEONGBUK: 2,
      JEJU: 3,
      GANGWON: 2,
      SEOUL: 0.3,
    },
  },
  ENERGY: {
    weight: 11,
    industries: ['D35', 'D35', 'C28', 'F42', 'E38'],
    words: ['Energy', 'Power', 'Solar', 'Electric', 'Grid', 'Hydrogen', 'Battery'],
    themes: ['Energy AI', 'Smart Grid', 'Hydrogen', 'Renewables AI'],
    regionBoost: { ULSAN: 2.5, JEONNAM: 2.5, CHUNGNAM: 2, GYEONGBUK: 1.5, SEJONG: 2, SEOUL: 0.6 },
  },
};

export const SYLLABLES_1 = [
  'Han',
  'Dae',
  'Jin',
  'Woo',
  'Myung',
  'Hyun',
  'Seo',
  'Kwang',
  'Shin',
  'Nam',
  'Bo',
  'Yeon',
  'Cheon',
  'Kyung',
  'Jeong',
  'Chang',
  'Se',
  'Eun',
  'Sung',
  'Hae',
  'Ji',
  'Bit',
  'Saet',
  'Ga',
  'Na',
  'Baek',
  'Mun',
  'Ok',
  'Geum',
  'Yong',
];
export const SYLLABLES_2 = [
  'il',
  'seol',
  'min',
  'heung',
  'san',
  'rim',
  'bo',
  'ho',
  'jeon',
  'seul',
  'chan',
  'gyeol',
  'ul',
  'nuri',
  'dam',
  'ri',
  'woon',
  'taek',
  'gil',
  'yun',
];
/** Stems too close to well-known business groups. */
export const AVOID = new Set(['Hanil', 'Daesan', 'Geumho', 'Shinheung', 'Sungmin', 'Seoheung']);
export const STEMS = SYLLABLES_1.flatMap((a) => SYLLABLES_2.map((b) => `${a}${b}`)).filter(
  (stem) => !AVOID.has(stem),
);
export const LARGE_GROUPS = [
  'Hanbit',
  'Cheonma',
  'Myungseong',
  'Kwangrim',
  'Eunha',
  'Taesan',
  'Seorim',
  'Baekdu',
];
export const INTEGRATOR_WORDS = [
  'Systems',
  'Soft',
  'Data Lab',
  'AI Solutions',
  'I&C',
  'Information Technology',
  'Smart Solutions',
  'Digital',
];
export const AGENCY_WORDS = [
  'AI Industry Promotion Agency',
  'Digital Innovation Foundation',
  'Smart Industry Promotion Center',
  'Regional Innovation Agency',
  'Industrial Technology Institute',
];
export const FAMILY_NAMES = [
  'Kim',
  'Kim',
  'Kim',
  'Kim',
  'Kim',
  'Lee',
  'Lee',
  'Lee',
  'Lee',
  'Park',
  'Park',
  'Park',
  'Choi',
  'Choi',
  'Jung',
  'Jung',
  'Kang',
  'Cho',
  'Yoon',
  'Jang',
  'Lim',
  'Han',
  'Oh',
  'Seo',
  'Shin',
  'Kwon',
  'Hwang',
  'Ahn',
  'Song',
  'Yoo',
  'Hong',
  'Jeon',
  'Ko',
  'Moon',
  'Yang',
  'Son',
  'Bae',
  'Baek',
  'Heo',
  'Nam',
];
export const GIVEN_NAMES = [
  'Min-jun',
  'Seo-yeon',
  'Ji-ho',
  'Ha-eun',
  'Do-yun',
  'Seo-jun',
  'Ji-woo',
  'Su-ah',
  'Ye-jun',
  'Ji-yoo',
  'Hyun-woo',
  'Eun-ji',
  'Jae-won',
  'Soo-min',
  'Dong-hyun',
  'Hye-jin',
  'Sung-min',
  'Yu-na',
  'Jun-ho',
  'Da-eun',
  'Tae-yang',
  'Min-seo',
  'Jin-woo',
  'Ye-rin',
  'Sang-hoon',
  'Na-yeon',
  'Young-ho',
  'Mi-kyung',
  'Kyung-soo',
  'Hee-jin',
  'Seung-hyun',
  'Bo-ram',
];
