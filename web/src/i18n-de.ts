/**
 * German texts of the UI, keyed by the English text (i18n.ts). Written by the team.
 *
 * @example
 * DE['Events']; // 'Ereignisse'
 */
export const DE: Record<string, string> = {
  'Relations': 'Beziehungen', 'Events': 'Ereignisse', 'Articles': 'Artikel', 'Article': 'Artikel', 'Actors': 'Akteure',
  'Quotes': 'Zitate', 'Map': 'Karte', 'Add article': 'Artikel hinzufügen', 'Search': 'Suche', 'Corrections': 'Korrekturen',
  'Export:': 'Export:', 'Not found': 'Nicht gefunden',
  'Correct': 'Korrigieren', 'Correct this actor': 'Akteur korrigieren', 'change': 'ändern', 'new value': 'neuer Wert',
  'note': 'Notiz', 'your name': 'Ihr Name', 'Save correction': 'Korrektur speichern', 'Saving…': 'Speichere…', 'Saved.': 'Gespeichert.',
  'flag as wrong': 'als falsch markieren', 'take the flag back': 'Markierung zurücknehmen', 'type': 'Typ', 'status': 'Status',
  'date': 'Datum', 'source state (ISO3)': 'Quellstaat (ISO3)', 'target state (ISO3)': 'Zielstaat (ISO3)',
  'merge into (name)': 'zusammenführen mit (Name)', 'Merge': 'Zusammenführen', 'Take a merge back': 'Zusammenführung zurücknehmen',
  'other spelling': 'andere Schreibweise', 'Add alias': 'Alias hinzufügen',
  'asserted': 'festgestellt', 'planned': 'geplant', 'negated': 'verneint', 'hypothetical': 'hypothetisch',
  'flagged as wrong': 'als falsch markiert', 'corrected': 'korrigiert', 'by': 'von', 'open article →': 'Artikel öffnen →',
  'no date': 'ohne Datum', '(article)': '(Artikel)', 'PLOVER score': 'PLOVER-Wert', '{n} sources': '{n} Quellen',
  'confidence': 'Konfidenz', 'when': 'wann', 'who': 'wer', 'what': 'was', 'kind': 'Art', 'value': 'Wert', 'about': 'betrifft',
  'Every correction, newest first. The engine\'s own output stays as it was; the views, charts and exports show it corrected.':
    'Alle Korrekturen, neueste zuerst. Die Ausgabe der Analyse bleibt unverändert; Ansichten, Diagramme und Exporte zeigen sie korrigiert.',
  'No corrections yet.': 'Noch keine Korrekturen.',
  'Language': 'Sprache', 'Page not found': 'Seite nicht gefunden', 'This address shows no view of Lagebild.': 'Unter dieser Adresse gibt es keine Ansicht.',
  'Go to Relations': 'Zu den Beziehungen',
  'Search events, quotes and articles': 'Ereignisse, Zitate und Artikel durchsuchen', 'Find': 'Suchen',
  'words, a prefix* or "a phrase"': 'Wörter, Präfix* oder "eine Phrase"', 'no hits': 'keine Treffer',
  '{n} events': '{n} Ereignisse', '{n} quotes': '{n} Zitate', '{n} articles': '{n} Artikel',
  'also searched': 'auch gesucht', 'Filter': 'Filtern', 'Clear': 'Zurücksetzen', 'Load more': 'Mehr laden',
  'State': 'Staat', 'other state': 'anderer Staat', 'Type': 'Typ', 'Status': 'Status', 'From': 'Von', 'To': 'Bis', 'Actor': 'Akteur',
  'Text': 'Text', 'any': 'alle', 'No events match these filters.': 'Keine Ereignisse für diese Filter.',
  'Loading…': 'Lade…', 'actor name': 'Name des Akteurs', 'words in the evidence': 'Wörter im Beleg',
  'Co-occurring actors ({n})': 'Gemeinsam genannte Akteure ({n})', 'Quotes ({n})': 'Zitate ({n})', 'Events ({n})': 'Ereignisse ({n})',
  'No shared events.': 'Keine gemeinsamen Ereignisse.', 'name': 'Name', 'country': 'Land', 'sector': 'Sektor', 'roles': 'Rollen',
  'articles': 'Artikel', 'mentions': 'Nennungen', 'No actors.': 'Keine Akteure.', 'merged': 'zusammengeführt',
};
