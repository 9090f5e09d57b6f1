import { useEffect, useState } from 'preact/hooks';

type ManageModule = typeof import('./ManageTools');

/**
 * The organising view, loaded when first asked for: most popup openings never organise, so its code and styles
 * stay out of what the popup loads when it opens (tests/unit/budget/popup-size.test.ts). Null until loaded.
 */
export function useManageTools(wanted: boolean): ManageModule['ManageTools'] | null {
  const [module, setModule] = useState<ManageModule | null>(null);
  useEffect(() => {
    if (wanted && !module) void import('./ManageTools').then(setModule);
  }, [wanted, module]);
  return module?.ManageTools ?? null;
}
