/**
 * Makes `list.insertBefore` leave the child that holds focus where it is. The DOM removes a node
 * before it inserts it elsewhere, so moving the focused item blurs its control; a screen reader then
 * re-reads the control's name and hint on every key press, over the position message. Preact
 * reorders keyed children with `insertBefore`: for the focused child, this moves the siblings it
 * would pass over to its other side instead, which gives the same order without touching it.
 */
export function keepFocusInPlace(list: HTMLElement): void {
  const insert = (node: Node, before: Node | null) => Node.prototype.insertBefore.call(list, node, before);
  list.insertBefore = <T extends Node>(node: T, before: Node | null): T => {
    if (node.parentNode !== list || !node.contains(document.activeElement) || before === node) {
      return insert(node, before) as T;
    }
    const down =
      before === null || Boolean(node.compareDocumentPosition(before) & Node.DOCUMENT_POSITION_FOLLOWING);
    const passed: Node[] = [];
    if (down) {
      for (let sibling = node.nextSibling; sibling && sibling !== before; sibling = sibling.nextSibling) {
        passed.push(sibling);
      }
      for (const sibling of passed) insert(sibling, node);
    } else {
      for (let sibling: Node | null = before; sibling && sibling !== node; sibling = sibling.nextSibling) {
        passed.push(sibling);
      }
      const after = node.nextSibling;
      for (const sibling of passed) insert(sibling, after);
    }
    return node;
  };
}
