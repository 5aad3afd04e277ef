/**
 * Import issue messages, keyed by issue code (src/ingest/types.ts) or by a variant that
 * src/ingest/format-issue.ts picks from the machine hint; i18next interpolation. A message is
 * the body; `formatIssue` puts the location ("Dòng 8, cột unit_name") first, so bodies start lower case
 * unless they describe the whole file. `{{expected}}` is the long layout's header.
 * Values from the file are interpolated as text: render the result as a text node, never as HTML.
 */
export const importMessages: { vi: Record<string, string>; en: Record<string, string> } = {
  vi: {
    'at.line': 'Dòng {{line}}',
    'at.lineColumn': 'Dòng {{line}}, cột {{column}}',
    'at.column': 'Cột {{column}}',
    'decimal-mark': ',',
    'too-large':
      'Tệp có khoảng {{rows}} triệu dòng, vượt giới hạn khoảng {{limit}} triệu dòng của trình duyệt này; hãy chia tệp theo năm (hoặc theo chỉ số) rồi nhập từng phần. Chưa có gì được lưu.',
    'empty-file': 'Tệp trống: không có dữ liệu nào để nhập.',
    'format-error':
      'Không đọc được tệp như một tệp CSV. Hãy mở tệp trong Excel và lưu lại dưới dạng “CSV UTF-8”.',
    'format-error-xlsx':
      'Đây là tệp Excel (.xlsx) hoặc tệp nén ZIP, không phải tệp CSV. Hãy mở tệp trong Excel và chọn “Lưu thành” → “CSV UTF-8”.',
    'format-error-xls':
      'Đây là tệp Excel đời cũ (.xls), không phải tệp CSV. Hãy mở tệp trong Excel và chọn “Lưu thành” → “CSV UTF-8”.',
    'encoding-error':
      'có byte không hợp lệ trong bảng mã UTF-8. Hãy mở tệp và lưu lại dưới dạng “CSV UTF-8”.',
    'encoding-error-legacy':
      'tệp có vẻ dùng bảng mã tiếng Việt cũ (TCVN3/ABC hoặc VNI), không phải UTF-8. Hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi lưu lại dưới dạng “CSV UTF-8”.',
    'encoding-error-utf16':
      'tệp ghi dấu hiệu bảng mã {{hint}} nhưng nội dung không hợp lệ. Hãy lưu lại tệp dưới dạng “CSV UTF-8”.',
    'encoding-converted': 'Tệp dùng bảng mã {{hint}} và đã được chuyển sang UTF-8.',
    'header-normalised': 'tên cột đã được chuẩn hoá (chữ thường, bỏ khoảng trắng): {{column}}.',
    'extra-header': 'cột này không thuộc mẫu dữ liệu nên được bỏ qua.',
    'blank-header': 'cột không có tên và không có dữ liệu nên được bỏ qua.',
    'blank-header-data': 'cột không có tên nhưng có dữ liệu. Hãy đặt tên cột theo mẫu: {{expected}}.',
    'missing-header': 'thiếu cột bắt buộc. Dòng tiêu đề mong đợi: {{expected}}.',
    'duplicate-header': 'tên cột bị lặp lại.',
    'layout-wide':
      'tệp ở dạng bảng ngang (mỗi đơn vị một dòng, mỗi chỉ số thành phần một cột). Hãy chọn chỉ số, năm và cấp đơn vị để chuyển đổi, hoặc dùng dạng dọc, tiêu đề mong đợi: {{expected}}.',
    'wide-converted': 'bảng ngang đã được chuyển sang dạng dọc.',
    'title-rows-skipped': 'đã bỏ qua {{count}} dòng tiêu đề phía trên dòng tên cột.',
    'field-too-long': 'giá trị quá dài ({{count}} ký tự; tối đa 1.000 ký tự).',
    'control-character': 'có ký tự điều khiển hoặc ký tự đảo chiều văn bản ({{hint}}), không được phép.',
    'invisible-character':
      'có ký tự vô hình ({{hint}}) ở giữa giá trị, khiến hai tên trông giống nhau mà khác nhau. Hãy xoá ký tự này.',
    'ambiguous-number':
      '“{{value}}” không rõ dấu “,” hay “.” là dấu thập phân hay dấu phân cách hàng nghìn, vì tệp dùng cả hai kiểu. Hãy viết lại số, ví dụ 11,05 hoặc 11050.',
    'invalid-quotes': 'dấu ngoặc kép không đúng quy cách CSV; giá trị được giữ nguyên như trong tệp.',
    'invalid-quotes-unclosed':
      'dấu ngoặc kép mở ở đây không bao giờ được đóng; phần còn lại của tệp bị dồn vào một ô.',
    'invalid-quotes-after': 'có ký tự ngay sau dấu ngoặc kép đóng; hãy đặt cả giá trị trong ngoặc kép.',
    'extra-value': 'dòng có {{cells}} ô, nhiều hơn {{headerCells}} cột của dòng tiêu đề.',
    'missing-cells': 'dòng chỉ có {{cells}} ô, ít hơn {{headerCells}} cột của dòng tiêu đề.',
    'missing-value': 'thiếu giá trị bắt buộc.',
    'no-data-rows': 'tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.',
    'locale-decimal-comma': 'Số trong tệp dùng dấu phẩy thập phân (ví dụ 85,32) và đã được đọc theo cách đó.',
    'whitespace-trimmed': 'đã bỏ khoảng trắng thừa ở đầu và cuối giá trị trong các cột: {{column}}.',
    'type-error': 'giá trị “{{value}}” không đúng kiểu dữ liệu.',
    'type-error-year': 'năm “{{value}}” không hợp lệ: năm phải gồm đúng 4 chữ số, ví dụ 2023.',
    'type-error-score': 'điểm “{{value}}” không phải là số. Ô trống hoặc “-” được hiểu là chưa có số liệu.',
    'type-error-max_score':
      'điểm tối đa “{{value}}” không phải là số. Ô trống hoặc “-” được hiểu là chưa có số liệu.',
    'type-error-rank': 'thứ hạng “{{value}}” phải là số nguyên dương.',
    'constraint-error': 'giá trị “{{value}}” nằm ngoài khoảng cho phép.',
    'constraint-error-year': 'năm {{value}} nằm ngoài khoảng cho phép (1990–2100).',
    'constraint-error-score': 'điểm {{value}} nằm ngoài khoảng từ 0 đến điểm tối đa {{hint}}.',
    'constraint-error-max_score': 'điểm tối đa {{value}} phải lớn hơn 0.',
    'constraint-error-rank': 'thứ hạng {{value}} phải từ 1 trở lên.',
    'unknown-index': 'mã chỉ số “{{value}}” không tồn tại (chỉ nhận PAR, SIPAS, PAPI, PCI, DDCI).',
    'unknown-level': 'cấp đơn vị “{{value}}” không hợp lệ.',
    'unknown-component':
      'có {{count}} mã chỉ số thành phần chưa có trong danh mục: {{value}}. Dữ liệu vẫn được nhập.',
    'duplicate-key':
      'trùng khoá (chỉ số, năm, mã đơn vị, mã thành phần) với dòng {{firstLine}} nhưng khác giá trị.',
    'duplicate-row': 'có {{count}} dòng lặp lại y hệt; chỉ giữ một dòng.',
    'already-loaded': 'có {{count}} dòng trùng hoàn toàn với dữ liệu đã có nên được bỏ qua.',
    'conflicts-with-loaded': 'giá trị “{{value}}” khác với dữ liệu đã có trong bộ “{{hint}}”.',
    'unit-name-mismatch': 'cùng một mã đơn vị nhưng có nhiều tên khác nhau (mã: {{value}}).',
    'dataset-exists': 'Bộ dữ liệu “{{value}}” đã tồn tại.',
    'already-imported': 'Tệp này đã nhập với tên “{{value}}”; không lưu thêm gì.',
    'nothing-new':
      'Mọi dòng của tệp ({{count}} dòng) đã có sẵn trong dữ liệu đã nạp; không có gì mới để lưu.',
    'commit-failed': 'Không lưu được dữ liệu; dữ liệu hiện có không thay đổi.',
    'import-failed': 'Không nhập được tệp; dữ liệu hiện có không thay đổi.',
    'read-failed':
      'Không đọc được tệp (tệp có thể đã bị xoá, di chuyển hoặc không có quyền đọc). Hãy chọn lại tệp.',
    'technical-details': 'Chi tiết kỹ thuật',
  },
  en: {
    'at.line': 'Line {{line}}',
    'at.lineColumn': 'Line {{line}}, column {{column}}',
    'at.column': 'Column {{column}}',
    'decimal-mark': '.',
    'too-large':
      'The file has about {{rows}} million rows, over this browser’s limit of about {{limit}} million rows; split the file by year (or by index) and import the parts. Nothing was stored.',
    'empty-file': 'The file is empty: there is nothing to import.',
    'format-error': 'The file cannot be read as CSV. Open it in Excel and save it as “CSV UTF-8”.',
    'format-error-xlsx':
      'This is an Excel workbook (.xlsx) or a ZIP archive, not a CSV file. Open it in Excel and use “Save As” → “CSV UTF-8”.',
    'format-error-xls':
      'This is an old Excel workbook (.xls), not a CSV file. Open it in Excel and use “Save As” → “CSV UTF-8”.',
    'encoding-error':
      'contains bytes that are not valid UTF-8. Open the file and save it again as “CSV UTF-8”.',
    'encoding-error-legacy':
      'the file seems to use a legacy Vietnamese encoding (TCVN3/ABC or VNI), not UTF-8. Convert it to Unicode (e.g. with Unikey) and save it again as “CSV UTF-8”.',
    'encoding-error-utf16':
      'the file is marked as {{hint}} but its content is not valid. Save it again as “CSV UTF-8”.',
    'encoding-converted': 'The file was encoded as {{hint}} and has been converted to UTF-8.',
    'header-normalised': 'column names were normalised (lower case, spaces removed): {{column}}.',
    'extra-header': 'this column is not part of the data layout and was ignored.',
    'blank-header': 'this column has no name and no data, so it was ignored.',
    'blank-header-data': 'this column has no name but holds data. Name the columns as in: {{expected}}.',
    'missing-header': 'a required column is missing. Expected header: {{expected}}.',
    'duplicate-header': 'this column name appears twice.',
    'layout-wide':
      'the file uses the wide layout (one row per unit, one column per component). Choose the index, year and unit level to convert it, or use the long layout, expected header: {{expected}}.',
    'wide-converted': 'the wide table was converted to the long layout.',
    'title-rows-skipped': '{{count}} title row(s) above the header were skipped.',
    'field-too-long': 'value too long ({{count}} characters; at most 1,000).',
    'control-character': 'contains a control or text-direction character ({{hint}}), which is not allowed.',
    'invisible-character':
      'contains an invisible character ({{hint}}) inside the value, which makes two names look alike. Remove it.',
    'ambiguous-number':
      '“{{value}}” could use “,” or “.” as a decimal mark or a thousands separator, and the file uses both. Write it unambiguously, e.g. 11.05 or 11050.',
    'invalid-quotes': 'quotes do not follow CSV rules; the value was kept as written.',
    'invalid-quotes-unclosed':
      'a quote opened here is never closed, so the rest of the file runs into one cell.',
    'invalid-quotes-after': 'text follows a closing quote; put the whole value inside the quotes.',
    'extra-value': 'the row has {{cells}} cells, more than the {{headerCells}} columns of the header.',
    'missing-cells':
      'the row has only {{cells}} cells, fewer than the {{headerCells}} columns of the header.',
    'missing-value': 'a required value is missing.',
    'no-data-rows': 'the file has a header but no data rows.',
    'locale-decimal-comma': 'Numbers in this file use a decimal comma (e.g. 85,32) and were read that way.',
    'whitespace-trimmed': 'extra spaces around values were removed in columns: {{column}}.',
    'type-error': 'value “{{value}}” has the wrong type.',
    'type-error-year': 'year “{{value}}” is not valid: a year has exactly 4 digits, e.g. 2023.',
    'type-error-score': 'score “{{value}}” is not a number. An empty cell or “-” means not published.',
    'type-error-max_score':
      'maximum score “{{value}}” is not a number. An empty cell or “-” means not published.',
    'type-error-rank': 'rank “{{value}}” must be a positive whole number.',
    'constraint-error': 'value “{{value}}” is out of the allowed range.',
    'constraint-error-year': 'year {{value}} is out of the allowed range (1990–2100).',
    'constraint-error-score': 'score {{value}} is outside 0 to the maximum score {{hint}}.',
    'constraint-error-max_score': 'maximum score {{value}} must be greater than 0.',
    'constraint-error-rank': 'rank {{value}} must be 1 or more.',
    'unknown-index': 'index code “{{value}}” does not exist (PAR, SIPAS, PAPI, PCI, DDCI only).',
    'unknown-level': 'unit level “{{value}}” is not valid.',
    'unknown-component':
      '{{count}} component code(s) are not in the catalogue: {{value}}. The data was imported anyway.',
    'duplicate-key':
      'same key (index, year, unit code, component code) as line {{firstLine}} but different values.',
    'duplicate-row': '{{count}} identical repeated row(s); one copy kept.',
    'already-loaded': '{{count}} row(s) identical to data already loaded were skipped.',
    'conflicts-with-loaded': 'value “{{value}}” differs from the data already loaded in dataset “{{hint}}”.',
    'unit-name-mismatch': 'the same unit code has several different names (codes: {{value}}).',
    'dataset-exists': 'Dataset “{{value}}” already exists.',
    'already-imported': 'This file was already imported as “{{value}}”; nothing was stored.',
    'nothing-new': 'Every row of the file ({{count}}) is already loaded; there is nothing new to store.',
    'commit-failed': 'The data could not be saved; existing data is unchanged.',
    'import-failed': 'The file could not be imported; existing data is unchanged.',
    'read-failed':
      'The file could not be read (it may have been deleted, moved or made unreadable). Choose it again.',
    'technical-details': 'Technical details',
  },
};
