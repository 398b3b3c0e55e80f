// The faces of each locale, decided once and read by the PDF writer (through assets.ts, which
// opens the bundled files) and by the DOCX writer (the names Word is asked for, and its font
// table). A Simplified build is set in the mainland's faces (Noto Serif SC / Noto Sans SC in the
// PDF, 宋体 / 黑体 in Word); a Traditional one in its region's, whose glyph forms follow Taiwan's
// 國字標準字體 or Hong Kong's 常用字字形表 and whose punctuation sits centred in the em box, as
// Taiwan and Hong Kong set it (Noto Serif TC / HK and Noto Sans TC / HK in the PDF; 新細明體 or
// 細明體_HKSCS and 微軟正黑體 in Word, the faces a Taiwan or Hong Kong Windows machine has).

/** A face shipped as an npm package (SIL Open Font License 1.1): the package, its pinned version, the file in it. */
export interface BundledFile {
  pkg: string;
  version: string;
  file: string;
}

/**
 * A face Word is asked for, with what its font table says of it so that a machine without it
 * picks a like one: the other name it is known by, its PANOSE class, its character set (hex, as
 * Word writes it), family and pitch. `bold`: whether the face has a real bold weight; where it has
 * none (黑体), a heading is not marked bold, as Word would smear a synthetic one.
 */
export interface WordFace {
  name: string;
  altName?: string;
  panose: string;
  charset: string;
  family: 'roman' | 'swiss' | 'modern' | 'auto';
  pitch: 'variable' | 'fixed';
  bold: boolean;
}

export interface LocaleFaces {
  /** the PDF's Song body and its 黑体 for the title, headings and bold text */
  pdf: { body: BundledFile; heading: BundledFile };
  /** Word's East Asian faces (body, headings) and the Latin faces of letters and digits beside them */
  word: { body: WordFace; heading: WordFace; latin: WordFace; latinHeading: WordFace };
}

const expo = (family: string, version: string, weight: '400Regular' | '700Bold', file: string): BundledFile => ({
  pkg: `@expo-google-fonts/${family}`,
  version,
  file: `${weight}/${file}_${weight}.ttf`,
});

const TIMES: WordFace = { name: 'Times New Roman', panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable', bold: true };
const ARIAL: WordFace = { name: 'Arial', panose: '020B0604020202020204', charset: '00', family: 'swiss', pitch: 'variable', bold: true };
const SIMSUN: WordFace = { name: '宋体', altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable', bold: false };
const SIMHEI: WordFace = { name: '黑体', altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed', bold: false };
const PMINGLIU: WordFace = {
  name: '新細明體',
  altName: 'PMingLiU',
  panose: '02020500000000000000',
  charset: '88',
  family: 'roman',
  pitch: 'variable',
  bold: false,
};
const MINGLIU_HKSCS: WordFace = {
  name: '細明體_HKSCS',
  altName: 'MingLiU_HKSCS',
  panose: '02020500000000000000',
  charset: '88',
  family: 'roman',
  pitch: 'variable',
  bold: false,
};
const JHENGHEI: WordFace = {
  name: '微軟正黑體',
  altName: 'Microsoft JhengHei',
  panose: '020B0604030504040204',
  charset: '88',
  family: 'swiss',
  pitch: 'variable',
  bold: true,
};

const SIMPLIFIED: LocaleFaces = {
  pdf: { body: expo('noto-serif-sc', '0.4.3', '400Regular', 'NotoSerifSC'), heading: expo('noto-sans-sc', '0.4.3', '700Bold', 'NotoSansSC') },
  word: { body: SIMSUN, heading: SIMHEI, latin: TIMES, latinHeading: ARIAL },
};
const TAIWAN: LocaleFaces = {
  pdf: { body: expo('noto-serif-tc', '0.4.4', '400Regular', 'NotoSerifTC'), heading: expo('noto-sans-tc', '0.4.3', '700Bold', 'NotoSansTC') },
  word: { body: PMINGLIU, heading: JHENGHEI, latin: TIMES, latinHeading: ARIAL },
};
const HONG_KONG: LocaleFaces = {
  pdf: { body: expo('noto-serif-hk', '0.4.3', '400Regular', 'NotoSerifHK'), heading: expo('noto-sans-hk', '0.4.3', '700Bold', 'NotoSansHK') },
  word: { body: MINGLIU_HKSCS, heading: JHENGHEI, latin: TIMES, latinHeading: ARIAL },
};

/** The faces of a locale (zh-Hans, zh-Hant, zh-Hant-TW, zh-Hant-HK). */
export function facesFor(locale: string): LocaleFaces {
  if (locale === 'zh-Hant-HK') return HONG_KONG;
  return locale.startsWith('zh-Hant') ? TAIWAN : SIMPLIFIED;
}

/** Word faces by the names a spec may give (fonts.body / fonts.heading): what the font table says of a known one. */
const KNOWN: WordFace[] = [SIMSUN, SIMHEI, PMINGLIU, MINGLIU_HKSCS, JHENGHEI];

/**
 * The Word face for a name a spec gives, or the locale's when it gives none. A face not known here
 * is declared by its name alone, and taken to have a bold (Word uses the face's own where it has one).
 */
export function wordFace(named: string | undefined, fallback: WordFace): WordFace {
  if (!named) return fallback;
  return (
    KNOWN.find((f) => f.name === named || f.altName === named) ?? {
      name: named,
      panose: '00000000000000000000',
      charset: '86',
      family: 'auto',
      pitch: 'variable',
      bold: true,
    }
  );
}
