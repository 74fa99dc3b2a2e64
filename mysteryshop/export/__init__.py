"""The Excel workbook for the leadership meeting (openpyxl, imported only when exporting)."""
