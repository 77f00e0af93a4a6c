export declare const depConstraints: readonly { sourceTag: string; onlyDependOnLibsWithTags: string[] }[];
