// A speed-up of the docx library, imported by the DOCX writer for its effect: the same XML, less
// time. docx 9 writes the attributes of most elements (BuilderElement) through
// NextAttributeComponent, whose prepForXml copies the whole attribute object once per attribute
// (a spread inside a reduce, through Babel's _objectSpread2 helper): about a tenth of the DOCX
// writer's time on a contract. This one builds the object once, with the same keys, in the same
// order, with the same values. (Attribute keys are XML names such as w:val, never __proto__.)
// And XmlComponent.prepForXml, which every element of the document goes through, gathers its
// children through a flatMap and a filter (two arrays and a closure per element): here one pass
// into one array, flattening and dropping what flatMap and the filter did, in the same order.
import { EMPTY_OBJECT, isXmlComponent, NextAttributeComponent, XmlComponent } from 'docx';

type Attributes = Record<string, { key: string; value: unknown }>;

NextAttributeComponent.prototype.prepForXml = function prepForXml(this: { root: Attributes }) {
  const attributes: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root)) if (value !== undefined) attributes[key] = value;
  return { _attr: attributes };
} as unknown as typeof NextAttributeComponent.prototype.prepForXml;

type Context = { stack: unknown[] };
type Component = { writtenAs?: Component[]; prepForXml(context: Context): unknown };

/** What flatMap did with one mapped value: an array's items, else the value; undefined dropped (the filter). */
function gather(children: unknown[], value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) if (v !== undefined) children.push(v);
  } else if (value !== undefined) children.push(value);
}

XmlComponent.prototype.prepForXml = function prepForXml(this: { root: unknown[]; rootKey: string }, context: Context) {
  context.stack.push(this);
  const children: unknown[] = [];
  for (const comp of this.root) {
    if (isXmlComponent(comp)) {
      const parts = (comp as unknown as Component).writtenAs;
      if (parts) {
        // flatMap flattens the array of the parts' results, not a result that is an array itself
        for (const part of parts) {
          const v = part.prepForXml(context);
          if (v !== undefined) children.push(v);
        }
      } else gather(children, (comp as unknown as Component).prepForXml(context));
    } else gather(children, comp);
  }
  context.stack.pop();
  const first = children[0] as { _attr?: unknown } | undefined;
  return { [this.rootKey]: children.length ? (children.length === 1 && first?._attr ? first : children) : EMPTY_OBJECT };
} as unknown as typeof XmlComponent.prototype.prepForXml;
