/**
 * sdg-build runs Python hooks (`alter_data`, `alter_meta`, ...) that cannot run here. This finds each one and
 * reads what it does line by line: what the portal does anyway (GeoCode from REF_AREA, goal and target from
 * indicator_number) is a note; what must be declared in sdg-portal.yml (columns dropped, fields set) is a
 * warning with the exact declaration; lines it cannot read are named so the NSO can check them.
 */
import type { ReadEffects } from '../effects.ts';
import type { ProblemList } from '../problems.ts';
import { PORTAL_CONFIG_FILE, type PortalConfig } from './portal-config.ts';

const HOOK = /^def\s+(alter_data|alter_meta|alter_indicator_id|alter_indicator_name)\s*\(\s*(\w+)/;
const BUILT_IN_META = new Set(['goal_number', 'target_number', 'target_name', 'is_global_indicator', 'sdg_goal']);

interface Reading { builtIn: Set<string>; dropColumns: string[]; setFields: Record<string, string>; unread: number[] }

function readBody(lines: string[], start: number, arg: string): Reading {
  const r: Reading = { builtIn: new Set(), dropColumns: [], setFields: {}, unread: [] };
  const a = arg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\S/.test(line)) break;
    const code = line.replace(/#.*$/, '').trim();
    if (!code || /^(if\b.*:|return\b|else:|pass$|""".*|'''.*)/.test(code)) continue;
    let m: RegExpExecArray | null;
    if (new RegExp(`GeoCode\\s*=\\s*${a}\\[['"]REF_AREA['"]\\]`).test(code) || new RegExp(`${a}\\[['"]GeoCode['"]\\]\\s*=\\s*${a}\\[['"]REF_AREA['"]\\]`).test(code)) {
      r.builtIn.add('GeoCode taken from REF_AREA');
    } else if ((m = new RegExp(`^del\\s+${a}\\[['"]([^'"]+)['"]\\]$`).exec(code)) || (m = new RegExp(`${a}\\.drop\\(\\s*(?:columns\\s*=\\s*)?\\[?['"]([^'"]+)['"]`).exec(code))) {
      r.dropColumns.push(m[1]!);
    } else if ((m = new RegExp(`^${a}\\[['"](\\w+)['"]\\]\\s*=`).exec(code)) && BUILT_IN_META.has(m[1]!)) {
      r.builtIn.add('goal and target taken from indicator_number');
    } else if ((m = new RegExp(`^${a}\\[['"](\\w+)['"]\\]\\s*=\\s*['"]([^'"]*)['"]$`).exec(code))) {
      r.setFields[m[1]!] = m[2]!;
    } else if (/^(indicator_id|id_parts|is_global_indicator)\s*=/.test(code)) {
      r.builtIn.add('goal and target taken from indicator_number');
    } else {
      r.unread.push(i + 1);
    }
  }
  return r;
}

/** Reports every Python hook found in `scripts/*.py` (and `open_sdg_alter.py`), with what to declare in its place. */
export function reportHooks(root: string, fx: ReadEffects, portal: PortalConfig, problems: ProblemList): void {
  const files = [
    ...fx.list(`${root}/scripts`).filter((n) => n.endsWith('.py')).sort().map((n) => `scripts/${n}`),
    ...(fx.list(root).includes('open_sdg_alter.py') ? ['open_sdg_alter.py'] : []),
  ];
  const config = portal.file ?? PORTAL_CONFIG_FILE;
  for (const file of files) {
    const lines = fx.read(`${root}/${file}`).split(/\r?\n/);
    lines.forEach((line, i) => {
      const m = HOOK.exec(line);
      if (!m) return;
      const [, name, arg] = m;
      const r = readBody(lines, i + 1, arg!);
      const drop = r.dropColumns.filter((c) => !portal.data.drop_columns.includes(c));
      const set = Object.entries(r.setFields).filter(([k, v]) => String(portal.metadata.set[k]) !== v);
      const builtIn = r.builtIn.size > 0 ? ` Built in: ${[...r.builtIn].join('; ')}.` : '';
      const unread = r.unread.length > 0
        ? ` ${r.unread.length === 1 ? 'Line' : 'Lines'} ${r.unread.join(', ')} could not be read: check what ${r.unread.length === 1 ? 'it does' : 'they do'}.`
        : '';
      const declare = [
        ...(drop.length ? [`data: { drop_columns: [${drop.join(', ')}] }`] : []),
        ...(set.length ? [`metadata: { set: { ${set.map(([k, v]) => `${k}: ${v}`).join(', ')} } }`] : []),
      ];
      if (declare.length === 0 && r.unread.length === 0) {
        problems.info(file, i + 1, `Python hook ${name} is not run; what it does is done by the portal.${builtIn}`);
        return;
      }
      problems.warning(file, i + 1, `Python hook ${name} is not run; declare what it does in ${config}.${builtIn}${unread}`,
        declare.length ? `Add to ${config}: ${declare.join('; ')}.` : `Declare its effect in ${config} (see "Migrating from Open SDG" in the README).`);
    });
  }
}
