import { options, type VNode } from 'preact';

/**
 * The one place where the app's React code needs help on Preact (see vite.config.ts): React writes the `tabIndex` prop
 * as the attribute `tabindex`, Preact writes it as named, and SVG's attribute names are case-sensitive, so an SVG
 * element given `tabIndex` (the body map's regions) would never take focus. This renames the prop on every element,
 * which changes nothing for HTML elements (Preact sets their tabIndex as an attribute too, and HTML's attribute names
 * are not case-sensitive). Imported once, before anything renders (main.tsx, and the component tests' setup).
 */
const next = options.vnode?.bind(options);
options.vnode = (vnode: VNode) => {
  const props = vnode.props as Record<string, unknown>;
  if (typeof vnode.type === 'string' && 'tabIndex' in props) {
    props.tabindex = props.tabIndex;
    delete props.tabIndex;
  }
  next?.(vnode);
};
