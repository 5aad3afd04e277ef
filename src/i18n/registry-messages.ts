/**
 * Problems of a registry row (src/domain/registries/validate-registry.ts), shared by the data screen's
 * registry tables and the awards screen's block mapping. Row and column are always named.
 */
export const registryProblemMessages = {
  vi: {
    at: 'Dòng {{row}}, cột {{column}}: {{text}}',
    problem: {
      'missing-column': 'thiếu cột này trong dòng tiêu đề',
      empty: 'ô trống',
      'bad-year': '“{{value}}” không phải năm (4 chữ số, 1990–2100)',
      'unknown-component': 'không có chỉ số thành phần PAR mã “{{value}}”',
      'unknown-unit': 'không có đơn vị mã “{{value}}” trong dữ liệu đã nạp',
      'unknown-level': 'không có cấp đơn vị “{{value}}”',
      'bad-target': '“{{value}}” phải là unit (đơn vị) hoặc level (cấp)',
      'bad-code': '“{{value}}” không phải mã (chữ, số, . _ -)',
      duplicate: 'dòng trùng với một dòng phía trên',
    },
  },
  en: {
    at: 'Row {{row}}, column {{column}}: {{text}}',
    problem: {
      'missing-column': 'this column is missing from the header row',
      empty: 'empty cell',
      'bad-year': '“{{value}}” is not a year (4 digits, 1990–2100)',
      'unknown-component': 'no PAR component has the code “{{value}}”',
      'unknown-unit': 'no unit has the code “{{value}}” in the loaded data',
      'unknown-level': 'no unit level is called “{{value}}”',
      'bad-target': '“{{value}}” must be unit or level',
      'bad-code': '“{{value}}” is not a code (letters, digits, . _ -)',
      duplicate: 'the same row appears above',
    },
  },
} as const;
