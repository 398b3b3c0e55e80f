// The language of svc-contract's own messages (not of the contract: that is the spec's locale),
// decided once at the CLI edge: --lang, else the POSIX locale variables, else English.
export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

/** `--lang` as written: en, zh-CN (zh, zh-Hans and zh_CN accepted); undefined when not one of them. */
export function parseLang(given: string): Lang | undefined {
  const g = given.trim().toLowerCase().replace(/_/g, '-');
  if (g === 'en' || g.startsWith('en-') || g === 'c' || g === 'posix') return 'en';
  if (g === 'zh' || g === 'zh-cn' || g === 'zh-hans' || g === 'zh-hans-cn' || g === 'zh-sg') return 'zh-CN';
  return undefined;
}

/**
 * The language the environment asks for, as gettext reads it: the first of LC_ALL, LC_MESSAGES
 * and LANG that is set decides; Chinese when it starts with zh, English otherwise (C, POSIX, en_*…).
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale !== undefined && /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

/**
 * Takes a global `--lang <lang>` / `--lang=<lang>` out of the arguments (it may stand anywhere, the
 * help of every command being written in it); the language, or an error text for a value not known.
 */
export function takeLangFlag(argv: readonly string[]): { argv: string[]; lang?: Lang; bad?: string } {
  const rest: string[] = [];
  let lang: Lang | undefined;
  let bad: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    let value: string | undefined;
    if (a === '--lang') value = argv[++i] ?? '';
    else if (a.startsWith('--lang=')) value = a.slice('--lang='.length);
    else {
      rest.push(a);
      continue;
    }
    const l = parseLang(value);
    if (l) lang = l;
    else bad = value;
  }
  return { argv: rest, ...(lang ? { lang } : {}), ...(bad !== undefined ? { bad } : {}) };
}
