/** Stand-in for office-addin-manifest under Jest: office-addin-mock only reads the OfficeApp enum. */
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
