// A run's templates, read once per agreement type: a batch of 200 specs, or a preview that
// rebuilds on every save, would otherwise read and hash every template file each time. One cache
// per run (or until a template changes: make a new one), so that a later run sees edited files.
import { bundledTemplates } from '../assets.js';
import type { TemplateSet } from '../render/render.js';
import type { TypeId } from '../schema/types/index.js';

/** The bundled templates of each type (with a firm's folder over them), each read the first time it is asked for. */
export function templateCache(overrideDir?: string, overrideShown?: string): (type: TypeId) => TemplateSet {
  const byType = new Map<TypeId, TemplateSet>();
  return (type) => {
    let t = byType.get(type);
    if (!t) byType.set(type, (t = bundledTemplates(type, overrideDir, overrideShown)));
    return t;
  };
}
