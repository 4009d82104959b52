/**
 * Program cells in the notebook: a Blockly workspace stored block by block (projects/cells/program.ts,
 * owned by the coding lab, which also creates the cell: addProgramCell). The notebook links to the
 * coding lab at `/coding?project=<projectId>&cell=<cellId>`.
 */
export function programHref(projectId: string, cellId: string): string {
  return `/coding?project=${encodeURIComponent(projectId)}&cell=${encodeURIComponent(cellId)}`;
}
