/**
 * The nested arrays form a game tree: a number is a final score, an array lists the positions a move
 * can lead to. The first player (at the root) wants the highest score, the second the lowest, and
 * they alternate. Find a line of best play: the list of child indices chosen from the root down to a
 * final score, where every choice is an optimal move for the player making it.
 */
export function sat(
  line: number[],
  tree = [[[[42, 49, 30], [94, 44, 43]], [[96, 45, 66, 54], [41, 85, 98, 45]], [[22, 73], [59, 82, 97, 74], [28, 45, 90, 89], [93, 42]], [88, [60, 73, 30, 72], [74, 49]]], [[[99, 78, 96], [91, 11, 97], [67, 26, 7]], [97, [72, 83, 31], 59, [75, 48]], [58, [60, 81, 37, 64], [3, 93, 97, 40], [14, 91, 77, 19]], [[52, 10, 7, 69], 36]], [[[42, 3, 19], [46, 51], [65, 8, 64, 62], [27, 89, 89, 88]], [[87, 57, 5, 47], [5, 28]], [[6, 54, 23], [11, 92, 15]]]],
): boolean {
  const value = (node: unknown, maximise: boolean): number => {
    if (typeof node === "number") return node;
    const values = (node as unknown[]).map((child) => value(child, !maximise));
    return maximise ? Math.max(...values) : Math.min(...values);
  };
  let node: unknown = tree;
  let maximise = true;
  for (const i of line) {
    if (!Array.isArray(node) || !Number.isInteger(i) || i < 0 || i >= node.length) return false;
    if (value(node[i], !maximise) !== value(node, maximise)) return false;
    node = node[i];
    maximise = !maximise;
  }
  return typeof node === "number";
}

export function sol(
  tree = [[[[42, 49, 30], [94, 44, 43]], [[96, 45, 66, 54], [41, 85, 98, 45]], [[22, 73], [59, 82, 97, 74], [28, 45, 90, 89], [93, 42]], [88, [60, 73, 30, 72], [74, 49]]], [[[99, 78, 96], [91, 11, 97], [67, 26, 7]], [97, [72, 83, 31], 59, [75, 48]], [58, [60, 81, 37, 64], [3, 93, 97, 40], [14, 91, 77, 19]], [[52, 10, 7, 69], 36]], [[[42, 3, 19], [46, 51], [65, 8, 64, 62], [27, 89, 89, 88]], [[87, 57, 5, 47], [5, 28]], [[6, 54, 23], [11, 92, 15]]]],
): number[] {
  const value = (node: unknown, maximise: boolean): number => {
    if (typeof node === "number") return node;
    const values = (node as unknown[]).map((child) => value(child, !maximise));
    return maximise ? Math.max(...values) : Math.min(...values);
  };
  const line: number[] = [];
  let node: unknown = tree;
  let maximise = true;
  while (Array.isArray(node)) {
    const best = value(node, maximise);
    const i = node.findIndex((child) => value(child, !maximise) === best);
    line.push(i);
    node = node[i];
    maximise = !maximise;
  }
  return line;
}
