<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>AddApplicationDialog</name>
        <message>
            <source>&amp;Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sent on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a company or type its name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick one or type a new name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong; nothing was added. Details are in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text was cut to {limit} characters, the limit for the {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The role fits on one line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it belongs (Applied, or Interested if not sent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>company name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Backend engineer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>role</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>An interview is already being noted here; end it before starting another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup restored. The journal it replaced is kept at {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the interview before restoring a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the interview before switching journals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the sample journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be restored because of an unexpected error; your journal was not changed. Details are in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be restored: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal could not be opened because of an unexpected error; nothing was changed. Details are in the log.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>%Ln byte(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy of your journal is taken automatically once a day when the app starts; the last {keep} daily copies are kept. Copies you make yourself, and the journal as it was before a restore or an upgrade, are kept until you delete them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups and restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups folder: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily, automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal before a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal before an upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made by you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newest first; Enter or a double click restores the selected one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backups yet. “Back up now” makes the first one; the app also makes one a day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the backups folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace your journal with {backup}?

Everything written since that backup will no longer be in the journal. The journal as it is now is kept as a copy in the backups folder, so this can be undone by restoring that copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backups folder cannot be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the backup taken {when} ({kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoundedTextEdit</name>
        <message>
            <source>That paste would make a line {length} characters long; the limit is {limit} a line. Nothing was pasted: break it into shorter lines first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That paste would make the text {length} characters long; the limit is {limit}. Nothing was pasted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Capture</name>
        <message>
            <source>The text of “{name}” is {length} characters long; a note holds at most {limit}. Split it into several files and import them one by one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a GIF image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a JPEG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a PDF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a WebP image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a ZIP archive (Word and OpenDocument files are ZIP archives too)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a gzip archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an RTF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an SQLite database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an old Microsoft Office document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the path is not valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” can't be read: permission denied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” can't be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” does not look like text (it holds binary data); nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” has no readable text; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” holds no web page; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” holds only blank space; there is nothing to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a damaged single-file web page (MHTML); nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a folder; choose a saved web page, a Markdown or a text file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is empty; there is nothing to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not UTF-8 text and its encoding could not be recognised; save it as UTF-8 and import it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a regular file; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is {kind}, not a web page or a text file; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is {size} MB; files up to {limit} MB can be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was not found; it may have been moved or deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardListView</name>
        <message>
            <source>Applications in {stage}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys go through the cards and to the next column; Ctrl+Shift+Left or Right moves the selected card to the previous or next stage.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <source>Axes: {titles}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {values}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {values} ({note})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{series} {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>{chart}, as a table</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ColumnModel</name>
        <message numerus="yes">
            <source>{companies} and %n more</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CompanyListModel</name>
        <message>
            <source>%Ln note(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fit {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no notes yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyPage</name>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete company…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the note “{title}” about {company}? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this company and its research notes (asks first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the note “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gut verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many people, how many teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported “{title}” as a note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New note (Ctrl+Shift+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No application to this company yet.
The pipeline and the timeline will list it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No research yet. Add a note on its values, day-to-day work or team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody met here yet.
People you add to an interview's attendees appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offices and cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On site, hybrid or remote, and how it really works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People met at this company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a company before importing a page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pro&amp;file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processes with this company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remote policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role not named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;corecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they make or do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Would I spend my working days there, with these people?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a title or some text before saving the note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own answer, in a sentence: would you want to work there, with them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>applied {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComparisonView</name>
        <message>
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Best fit first. Change a weight to see how the order moves; 0 ignores it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Companies by fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every weight is 0, so no fit can be worked out. Give a criterion some weight.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gut verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much of the total weight is scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No companies to compare yet. Add a company in Research, then score its fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No company is scored yet. Score one on its scorecard to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No criteria to weigh yet: add some with “Edit criteria…” on a scorecard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No criteria yet. Add them with “Edit criteria…” on a company's scorecard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not scored yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank by weighted fit; equal fits share a rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranked by weighted fit, best first; Enter opens the company's scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of {criterion}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weighted fit on a 1–5 scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{criterion}, weight {weight}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{fit} of 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{fit} of 5, {coverage} of the weight scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{fit} · {coverage} scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{heading}: {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>Stay in touch every {first} to {last} days, or not at all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The profile link cannot contain spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The profile link must be a web address, like https://www.linkedin.com/in/… or linkedin.com/in/…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stay-in-touch cadence must be a whole number of days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} from me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} from them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” does not look like an email address (like name@example.com).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Due to get in touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Log a contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stay in touch every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 means no stay-in-touch reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 to {most} days, or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose someone on the left, or add a new contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Com&amp;pany</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected on their network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {name} from your contacts? Logged contacts stay in their processes. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted {name} from your contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by name, company, role…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get in touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History with this person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a contact in its process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a message or call in the latest process with this person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark contacted &amp;today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark contacted today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the new contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, then Enter (Esc cancels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact (Ctrl+Shift+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contact logged and no interview with this person yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No contacts yet.
Press “New contact” (Ctrl+Shift+N) to keep a recruiter, an interviewer or a future coworker, with a stay-in-touch reminder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No mail program opened the address; copy it from the field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody matches the filter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved — {reasons}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved — {reasons} Your other changes were saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noted: in touch with {name} today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only contacts due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the profile in the browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pro&amp;file link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay in touch every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The browser did not open the link; copy it from the field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their job title, e.g. Engineering manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you talked about, what they care about…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write an email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>get in touch</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>get in touch (due %n day(s) ago)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>get in touch today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://www.linkedin.com/in/…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name@example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{noted} Still not saved — {reasons}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CriteriaDialog</name>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a criterion (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add back any suggested criterion you removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add criterion</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Added back %n suggested criteri(on/a).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected criterion and its scores (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “{criterion}” and the scores every company has on it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter or F2 edits a cell; Delete removes the criterion; Ctrl+Up and Down move it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every suggested criterion is already here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected criterion down (Ctrl+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected criterion up (Ctrl+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New criterion {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No criteria. Add one, or restore the suggested ones to start from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore suggested criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What matters to you in a workplace, and how much. A weight of 0 counts for nothing; 10 counts most.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CriteriaTableModel</name>
        <message>
            <source>0 counts for nothing, 10 counts most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it means</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{criterion}, weight {weight}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ElapsedGutter</name>
        <message>
            <source>Elapsed time of each line</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Could not write the {what} to {name}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a folder of that name is in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the folder {folder} is read-only or not yours</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportFormat</name>
        <message>
            <source>Applications as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything as JSON (lossless, for import)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything as Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rounds and reminders as a calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This company as Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This interview as Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This interview as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>An export is still being written; wait for it to finish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported (%Ln record(s)) to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported as PDF to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {name} (%Ln record(s)) to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {name} as PDF to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export failed; nothing was written. Details are in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{formats};;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Something went wrong; nothing was changed. Details are in the log.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Fit</name>
        <message>
            <source>A score is a whole number from 1 to 5, not {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A weight goes from 0 (counts for nothing) to 10; {value} is outside that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A weight is a number from 0 to 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a criterion called “{name}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FitChart</name>
        <message>
            <source>Fit chart</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Top {shown} of %n scored compan(y/ies), best fit first</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Weighted fit, best first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{caption}: {ranking}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rank}. {company}, {fit}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>As promised, here is what I said I would follow up on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Best regards,</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Best sent {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hello {names},</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hello,</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I left even more convinced that my {qualities} would serve the team well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I look forward to hearing about the next steps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has been {ago} since the interview. A short, warm note is still worth sending; skip apologising for the delay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now is a good time to send it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you for the time you gave me in our {kind} about {about}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you for the {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The best moment has passed, but today is still fine: send it soon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The follow-up is empty; write a few lines first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This follow-up is already marked as sent on {moment}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This follow-up is already marked as sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This follow-up was sent on {moment}; the journal keeps the text that was sent, so it cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This follow-up was sent; the journal keeps the text that was sent, so it cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too soon: the interview ended {ago} ago. Sent now, it reads as written before you met them; give it until the window opens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too soon: the interview just ended. Sent now, it reads as written before you met them; give it until the window opens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What stayed with me from our conversation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on {day}, in the evening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on {day}, in the morning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the role at {company}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the {role} role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the {role} role at {company}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this evening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this morning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tomorrow evening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tomorrow morning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday morning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first}, or {second}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when}, {start}–{end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{address}” does not look like an email address; fix the To field or leave it empty and choose the recipient in your mail client.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpComposer</name>
        <message>
            <source>&amp;Body:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mark as sent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open in mail client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Qualities to stress:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Re-draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close; your edits are kept as a draft (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cop&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the subject and body, to paste anywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy to clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept for every follow-up; choose Re-draft to write them into this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log it on the timeline once it has gone out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged as sent: it is on the timeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as sent anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked as sent on {day}, {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No mail client opened. Use Copy and paste the text into your email.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open in mail client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened in your mail client. Come back to mark it as sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened in your mail client. The text is long: check that it arrived whole, or use Copy instead. Come back to mark it as sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qualities to stress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-draft from the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommended send window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the text of this follow-up with a fresh draft from your notes? What you wrote here will be lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subject and body copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The interview has not ended yet: the send window opens once it has.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too soon to send?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a fresh draft from the notes and these qualities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. careful testing, calm under pressure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name@example.com, or leave empty</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GlobalSearchDialog</name>
        <message numerus="yes">
            <source>%Ln match(es)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln match(es) in {kinds} kinds</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Find anything you have written: interview notes, research, companies, contacts,
applications, follow-ups, questions, offers, the contacts log and reminders.

Several words find records holding all of them; "quotes" keep a phrase;
team* also finds teams and teamwork. Enter opens the selected result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grouped by kind; Enter opens the selected result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing in the journal mentions “{query}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results appear as you type; Down or Enter moves into them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search everything: words, "a phrase", prefix*</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show %Ln more in {kind}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The best %Ln matches in {kinds} kinds; add a word to narrow them.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>The best %Ln matches; add a word to narrow them.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Try fewer words, or end a word with * to find longer ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} · %Ln match(es)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportCsv</name>
        <message numerus="yes">
            <source>%n application(s) to add</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new compan(y/ies)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}, column “{column}”: {message}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {message}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already in the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read as CSV at line {start} ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not be read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has a quoted cell starting on line {start} that is never closed (the file may be cut short)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has more than {limit} rows; split it into smaller files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a text file; is it really a CSV?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {size} MB; a list of applications is far smaller (the limit is {limit} MB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no column is set to Company; choose the one that holds the company's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the columns “{first}” and “{here}” are both set to {field}; choose one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the same as line {line}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{applications}, {companies}, %n already in the journal or repeated.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{applications}, {companies}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} {why} Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} {why}; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problem(s)). Nothing was imported.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{problem}. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{status}” is not a stage of your pipeline (and {more} more rows); it goes into “{stage}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{status}” is not a stage of your pipeline; it goes into “{stage}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a date; write it like {formats}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not a day of the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not between the years 1900 and 2199</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source> by version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(ignore)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, exported {date}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>A CSV file ({encoding}, {delimiter}-separated) with %Ln row(s) under the header on line {line}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>About importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the file</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>An Interview Journal export{made}, holding %Ln record(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buttons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an Interview Journal export (.json) to merge into this journal, or a CSV of applications saved from a spreadsheet or another tracker. You will see what the import does before anything is written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts logged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error — {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything in this file is already in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field for column “{column}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How records are merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to read dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import into the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported %Ln application(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal exports and spreadsheets (*.json *.csv *.tsv *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No problems found: every row can be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not imported (no field chosen): {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing can be imported until the errors below are fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to add: every row is already in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People in rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparation items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records are matched by their id: new ones are added, and where both journals changed a record the newer edit is kept. Nothing is deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows without errors (nothing is imported until every error is fixed):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped — line {line}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong; nothing was imported. Details are in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The %Ln application(s) to add:</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The file's dates can be read two ways; read them &amp;</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The first {shown} of %Ln application(s) to add:</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Timeline entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning — {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warnings and errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the import does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the merge does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which field each column of the file fills:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>day first: 03/05/2026 is 5 March</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>month first: 03/05/2026 is March 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>semicolon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{company} (new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{errors} Fix the file or the columns above; nothing is imported while a row is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{error} (and %Ln more)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more error(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more row(s) skipped.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ImportJson</name>
        <message>
            <source>Imported: {new} new, {updated} updated, {unchanged} unchanged ({kept} kept as edited here, being newer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated, {unchanged} unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {number} of “{table}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {number} of “{table}” has no “{key}”; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {number} of “{table}” points at {target} “{value}” (its “{column}”), which is neither in the file nor in the journal; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows {first} and {number} of “{table}” have the same “{key}”; the file may have been edited. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows {first} and {number} of “{table}” repeat the same {columns}, which the journal allows once; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Would import: {new} new, {updated} updated, {unchanged} unchanged ({kept} kept as edited here, being newer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Would import: {new} new, {updated} updated, {unchanged} unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a date (like 2026-04-01)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a date and time with its time zone (like 2026-01-14T10:30:00+00:00)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not be read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty (null)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ends too early (it was cut short, or is still being copied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has no valid “{key}”; is this an Interview Journal export?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has no “tables”; is this an Interview Journal export?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has “{table}” as {describe}, not a list of rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds a JSON list, not an Interview Journal export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds a single JSON value, not an Interview Journal export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds a table “{table}” this version of Interview Journal does not know; the file may have been edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty; is this an Interview Journal export?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not UTF-8 text; is this an Interview Journal export?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not an Interview Journal export (its “format” is not “{format}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not valid JSON ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not valid JSON: {reason} on line {line}, column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {size} MB, more than the {limit} MB an Interview Journal export can reasonably be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the number {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the text “{text}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was made by a newer version of Interview Journal (format {format_version}, schema {schema_version}; this version reads up to format {readable_format}, schema {readable_schema}); update the app first. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} {why} Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} {why}; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} has a column “{column}” this version of Interview Journal does not know; the file may have been edited. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} has no “{name}”; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} is {describe}, not a record; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: {error}. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{column}” cannot be empty (null); it should be {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{column}” should be {expected}, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is too large a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is too large a number ({value})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InlineMessage</name>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Inquiries</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n times</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Only {since} since the interview; give them at least {wanted}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The interview was today; give them at least {wanted}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You already asked {times} in this process; the limit you set is {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your last status inquiry was {ago}; wait at least {wanted} between them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>earlier today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{days} ago</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalError</name>
        <message>
            <source>Could not save to the journal: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another program holds the journal locked. Close it (a copy of Interview Journal, a backup or sync tool), or wait a moment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database reported: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full{folder}. Free some space on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk reported an error while writing{folder}. Check the disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the journal file cannot be reached{folder}. Check that its folder still exists and its drive is connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the journal's folder or file is read-only{folder}. Allow writing there (check its permissions, or whether the drive is write-protected)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LineWriter</name>
        <message>
            <source>Saving failed unexpectedly; retrying.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LiveService</name>
        <message>
            <source>Energy is a number from 1 to 5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is {length} characters long; the limit is {limit} a line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recap what you discussed and the strengths you want them to remember.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send your follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send your follow-up to {company}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LiveView</name>
        <message numerus="yes">
            <source>%n line(s) of notes.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compose the thank-you email from these notes, and see when to send it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft &amp;follow-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft the follow-up email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elapsed time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the interview (Ctrl+Shift+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy after the interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every line you typed is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlights to stress in your follow-up:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How did it go?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it went</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I would answer differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {number} not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {number} of your notes is not saved. {reason} It stays in the pad; press Enter inside it to break it into lines under {limit} characters, or delete part of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking back: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the notes easier to read at a glance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name the company and the kind of round, or leave them for later, and start. Everything you type is saved as you type it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet — retrying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review saved with the interview.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save state of your notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start interview notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start taking notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take notes in the upcoming round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take notes in this round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time since the interview started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To study: what you did not know:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upcoming: {kind} with {company} at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upcoming: {kind} with {company}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What I would answer differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What your notes hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While you type, start a line with {markers}. The time since the start is kept with every line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You promised to follow up on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your interrupted interview was reopened; nothing was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your last lines are not saved yet; the interview stays open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a company not named yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. they decide by Friday; technical round next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>energised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>steady</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{prefix} for {label} ({shortcut})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} The cursor is where the limit falls: press Enter there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} Your notes stay in the pad and are saved as soon as it works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} saved. It is on the timeline, with a follow-up reminder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} — {energy}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogContactDialog</name>
        <message>
            <source>&amp;Channel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Log it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before you ask again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before you ask again:
{reasons}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log it anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one in particular</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save or cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was said, in a line or two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reasons}

You can still log it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to my journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up your journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups and restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the whole journal into the backups folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore the sample journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-through settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep applying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge a journal exported as JSON, or add applications from a spreadsheet (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup of your journal was found. If you have a copy elsewhere, choose it with Journal ▸ Backups and restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup was made: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a company in Research first, then export it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a journal first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample journal: try things freely, your own journal is untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search all notes, research, contacts and more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search everything…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows the {view} view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start interview notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The company open in Research</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal is not open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This journal lives in memory only; it has no backups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This journal lives in memory only; there is nothing to back up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your last lines could not be saved yet; the window stays open so nothing is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your latest backup is from {when}: restore it to carry on (the file there now is kept in the backups folder).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your latest backup is from {when}: restore it to carry on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action} ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{app} — sample journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{summary} · Time to apply again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{view} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{view}, %n due</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{view}, nothing due</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotOpenPage</name>
        <message>
            <source>Backups and restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups and restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a backup, or a copy kept elsewhere, to put in place of the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the backup of {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your journal is not open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteBody</name>
        <message>
            <source>Pasting {pasted} characters would make this note {total} characters long; a note holds at most {limit}. Nothing was pasted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pasted page is {size} characters of HTML, too much for one note. Nothing was pasted; copy a smaller part of it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to editing the note text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this note (asks first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I&amp;mport file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a saved web page or a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a saved web page or file as a new note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a saved web page, a Markdown or a text file as a new note ({shortcut}); you can also drop files here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Importing {file}… (%n more to go)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Markdown ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown text; Tab moves on to the buttons below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note save status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages and notes ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a topic or type your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview the note as formatted text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save note (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source &amp;date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source has no date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text files ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This link was not opened: only web (http, https) and email links open from a note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web pages ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this note is about, in a few words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you found and what it means for you. Markdown works: **bold**, - lists, [links](https://example.org).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where you read or heard it: a link, a page, a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{file}” could not be imported; nothing was created. Details are in the log.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteListModel</name>
        <message>
            <source>Untitled note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotePad</name>
        <message>
            <source>Every line is saved as you type it. Tab types a tab; Ctrl+Tab moves on to the people in the room, the questions and the research.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type as they talk. One line per thought.
Start a line with Q: for their question, A: for your answer, F: for a follow-up, H: for a highlight, DK: for something you did not know.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotificationController</name>
        <message numerus="yes">
            <source>%n reminder(s) due, held back while you took notes</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Announce reminders when they fall due, also with the window in the background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desktop notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notifications are off: due reminders wait in the Reminders view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notifications are on: reminders are announced when they fall due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts at {time}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message numerus="yes">
            <source>%n reminder(s) due</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>NumberField</name>
        <message>
            <source>{field}: not below zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {limit}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfferComparisonModel</name>
        <message>
            <source>{company}, {attribute}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{offer} (decided: {status})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Offers</name>
        <message>
            <source>“{value}” is not a currency code: use three letters, like EUR, USD or GBP.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OffersView</name>
        <message>
            <source>&amp;Base salary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Compare side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Equity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Location / remote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;pplication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An offer belongs to an application. Add the company and its application in the pipeline first, then record the offer here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base salary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bene&amp;fits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Benefits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bon&amp;us</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bonus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the year: the deadline is in {year}. It is saved as shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the year: the start date is in {start} and the deadline is in {deadline}. It is saved as shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the year: the start date is in {year}. It is saved as shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an offer on the left, or record a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deadline to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete offer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the offer from {offer}? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this offer? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EUR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Equity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holidays, pension, health, learning budget…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location / remote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location or remote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Negotiation n&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Negotiation notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New offer (Ctrl+Shift+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No offers yet.
When a company makes you an offer, press “New offer” (Ctrl+Shift+N), choose the application it answers, and write down the base, bonus, equity, benefits, start date and the deadline to answer. With two or more, “Compare side by side” puts them next to each company's fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not scored yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offers side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open offers first, best company fit first. The fit comes from each company's scorecard in Research. Press Enter on a column to open that offer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record &amp;offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded the offer; it is on the timeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tart date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This deadline has passed. Ask for more time, or mark the offer expired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you asked for, what they said, what to ask next…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer by {deadline}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>best fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 10% target, signing bonus 5,000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 2,000 RSUs over 4 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Lyon, hybrid 2 days; remote (EU)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>up to {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{application} (closed)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{date} (%n day(s) left)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{date} (passed %n d ago)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{date} (today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{fit} of 5 · {coverage} scored</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OptionalDate</name>
        <message>
            <source>{field}: none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pipeline</name>
        <message numerus="yes">
            <source>%n live process(es)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>A stage's outcome is one of {choices}; not “{outcome}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted — the search is over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose another stage to move its applications to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close as no response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed — the process ended</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Last application: %n day(s) ago</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Last application: today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last application: yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No application yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing heard from this company for %n day(s). Close this process as “No response” and move on? It stays on the timeline.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nothing heard from this company for a long time. Close this process as “No response” and move on? It stays on the timeline.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing heard from {company} for %n day(s). Close this process as “No response” and move on? It stays on the timeline.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nothing heard from {company} for a long time. Close this process as “No response” and move on? It stays on the timeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer — an offer is on the table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open — the process runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That application is no longer in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That company is no longer in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That stage is no longer in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pipeline needs at least one stage; this is the last.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The role fits on one line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a stage called “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This process is already closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To reopen it later, tick “Show closed” on the Pipeline and use “Move to…” on its card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no application is recorded yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no live processes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>nothing applied for in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>only %n process(es) (is/are) live</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reasons}. Keep applying until you accept an offer: a few processes running side by side keep a rejection from resetting the search.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>“{name}” holds %n application(s); choose the stage they move to.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PipelineCard</name>
        <message>
            <source>A round is ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Last news %n day(s) ago</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Last news today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not applied yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Quiet %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Role not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>role not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} · {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PipelineView</name>
        <message>
            <source>&amp;Add application…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit stages…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move to…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an application (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close as &amp;no response…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close as no response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close as no response…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed {company} as no response.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep applying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved to {stage}; tick “Show closed” to see it there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No applications here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No applications yet.

An application lands here when you add one with “Add application” (Ctrl+N), or by itself when you start an interview with Ctrl+L for a company you have no process with. Each one then moves through your stages, from Applied to an offer, and the board tells you when a company has gone quiet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing heard for a long time: close it and move on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nudge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipeline board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened {company}: it is in {stage} again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a card; Ctrl+Shift+←/→ moves it, the menu key shows what else you can do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show c&amp;losed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show closed applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show on timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>role not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{card} · {flag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{company} — {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{summary} · {count} gone quiet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QCoreApplication.ContactsView</name>
        <message numerus="yes">
            <source>in touch again in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>next in %n d</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionBankModel</name>
        <message>
            <source>Asked of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For every company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for {company}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{heading}: {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionBankPanel</name>
        <message numerus="yes">
            <source>%Ln question(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the question (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask every company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked of every company. Each company can add its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cate&amp;gory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category of the new question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete question…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected question (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “{question}” from the bank? Rounds where you asked it forget it too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F2 edits a cell; Delete removes the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For {company}: its own questions (in bold) and the ones asked of every company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many questions are shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New question, Enter adds it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No question matches these filters.
Set them to “Show all” to see every one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No questions shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No questions yet.
Type one above and press Enter to add it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off: the question is only for this company. On: it is suggested for every company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only {company}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question added; the filters hide it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round of the new question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a question to ask, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which questions are shown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionChecklistModel</name>
        <message>
            <source>{question} (asked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{question} (not asked yet)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>That question is already in the bank.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The question is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a kind of round. Choose one of: {choices}, or any round.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>A process has gone quiet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quiet process is not done: close it as no response, or dismiss it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A reminder of your own cannot be of kind “{kind}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coming up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide on the offer from a company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide on the offer from {company}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get back in touch with {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next week</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No word either way for %n day(s). Close it and move on, or dismiss this.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what to be reminded of.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze to a later time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That day has passed; choose today or a later day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That reminder is no longer due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reminder is {length} characters long; keep it under {limit} and put the rest in the details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer by {day}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>answer in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>answer today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>due in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due today {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due tomorrow {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due {weekday}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due {weekday} {time}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>last contact %n day(s) ago</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>no contact logged yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{process} has gone quiet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{role} at {company}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{round} with {company}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemindersModel</name>
        <message>
            <source>snoozed, {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{group} · {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <source> · </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n coming up</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due now</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Close as no response…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New reminder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel new reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the process as no response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed as no response.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismissed: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter opens the reminder; Ctrl+D marks it done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this until something changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark reminder done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing due. Reminders appear here when a follow-up is due, an offer deadline nears, it is time to get back in touch with someone, a process has gone quiet or a round is coming up. Add your own with “New reminder”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open what this reminder is about (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me again later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders, soonest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a reminder to act on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snoozed until {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to be reminded of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to be reminded of, e.g. “Ask the recruiter about the team”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{weekday} {moment}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResearchSearchPanel</name>
        <message numerus="yes">
            <source>%Ln match(es)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Find what you wrote about any company: its profile, research notes,
fit evidence and its own questions to ask.

Several words find research holding all of them; "quotes" keep a phrase; team* also finds teams and teamwork.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No research mentions “{query}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research that matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results appear as you type; Down or Enter moves into them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search research</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search research: words, "a phrase", prefix*</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The first %Ln matches; add a word to narrow them.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Try fewer words, or end a word with * to find longer ones.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResearchView</name>
        <message>
            <source>&amp;Sort by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company name, then Enter (Esc cancels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare companies by fit (Ctrl+Shift+C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {name} and its {notes}? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {name}? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each company with its industry, research notes and weighted fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get to know a company before you meet it:
what it values, what the work is like day to day,
who you would work with.

Press Ctrl+N to add a company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the new company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New company (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No companies yet.
Press Ctrl+N to add the first company you are researching.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No company matches “{filter}”.
Press Enter to add it as a new company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a company on the left to read and add research,
or press Ctrl+N to add one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions to ask every company (Ctrl+Shift+Q)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort companies by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type part of a name or an industry; Down moves into the list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewTables</name>
        <message>
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked as: {question}

{answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked by me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked of me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer noted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No self-review written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self-review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Studied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{topic}: not studied yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{topic}: studied</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewView</name>
        <message numerus="yes">
            <source>%Ln application(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln compan(y/ies)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln interview(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln min</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln question(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln topic(s), {studied} studied</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Applications per week over the</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hide studied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Interviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add applications on the Pipeline (Ctrl+4) and move them along the stages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer rate {rate}: {answered} of {over} applications whose wait is over got an answer; {companies_answered} of {companies} answered at least once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Answers are shown for the %n most recent time(s); open an older interview to read what you said then.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applications per week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applications sent appear here, by whether the company answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applications sent, by whether the company answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applications that reached each stage (or went past it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As &amp;Markdown…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a question to see each time it was asked, and the answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a topic to see where it came up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an interview above to read its notes again, line by line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed without an answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;mpany</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days from applying to their first answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days from the end of an interview to the next word from them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days to a first answer after applying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days to hear back after an interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did they answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did they answer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did they answer? Answer rate {rate}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each time it was asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything on your list is studied. Untick “Hide studied” to see it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export this interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by company, role or self-review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by words of the question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter interviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For each kind of interview: how many were followed by another round or an offer (moved on), how many ended the process (stopped there), and how many still wait for an outcome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gathering…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide studied topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far applications went</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it went</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ISO week (Monday to Sunday)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interviews held, by what came after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of interview</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Last %n week(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Log the messages companies send you (Contacts, or “Log contact” on the Pipeline) to see how long they take to answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median: {days} (of {count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer recorded yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No application in these weeks. Add applications with the date you applied on the Pipeline (Ctrl+4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No interview matches these filters. Choose “All companies” and “All rounds”, or clear the text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes were taken in this interview. Next time, open Live interview (Ctrl+2) when it starts: every line keeps the minute it was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No outcome yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No question matches this filter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No self-review written yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not noted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes of this interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes, as they were written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Of every application, how many reached each stage of the pipeline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Of {applications}, {reached} reached {stage} ({share}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once an interview has ended and the company got back to you, the wait shows here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once interviews have taken place, this shows which kinds led to a next round or an offer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open in &amp;timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this &amp;interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this process's timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past interviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past interviews appear here after you take live notes (Ctrl+2), and once the date of an interview you scheduled has passed. Each one keeps its notes, line by line, with your self-review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions I asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions across interviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ro&amp;und</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the numbers as &amp;tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stat&amp;istics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statistics appear here once you add applications on the Pipeline (Ctrl+4) and take interview notes: applications per week, how far processes go, which rounds lead further, and how long companies take to answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stu&amp;dy list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Study list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The questions you were asked appear here. During an interview (Ctrl+2) start a line with “Q:” for their question and “A:” for your answer; the questions you ask from your question bank appear here too once ticked as asked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This interview as Markdown or as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week {week} of {year} (from {monday}): {applications}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weeks shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What I would answer differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What followed each kind of interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you did not know in past interviews (“DK:” lines), one topic a row; a topic missed several times shows how often. Tick it once studied: a new “DK:” on the same topic brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it came up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who was there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your study list fills itself. During an interview (Ctrl+2), start a line with “DK:” whenever you did not know something: it appears here to study before the next round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{applications} and {interviews} in the journal. Point at a bar for its numbers.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{applications} in the last %n week(s), {average} a week on average.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{closed}: {count}, of which {no_response} closed as “No response”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{days} day(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{energy} of 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{held} held, no outcome yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: {interviews} held; {moved_on} moved on, {stopped} stopped there, {waiting} with no outcome yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} days: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{lines}, {unknown} did not know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{share} moved on ({moved_on} of {decided})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln interview(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage}: {applications} reached it or went past, {share} of all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage}: {applications} reached it or went past, {share} of all, {step_share} of those at the stage before</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{total} in %n week(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>“{question}” — asked by me %Ln time(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>“{question}” — asked of me %Ln time(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>“{topic}” came up %Ln time(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>RoundPdf</name>
        <message>
            <source>the PDF could not be completed (is the disk full?)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScorecardPanel</name>
        <message>
            <source>1 · poor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 · weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 · fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 · good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 · excellent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A line of evidence; saved together with the score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add, remove, reorder and weigh your criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit criteria…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence for {criterion}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a score too: the evidence is saved together with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gut verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gut verdict: {verdict}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much this criterion counts, from 0 to 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No criteria yet. Choose “Edit criteria…” to add what matters to you, or to bring back the suggested ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No fit yet: the scored criteria all weigh 0. Change a weight in “Edit criteria…”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No gut verdict yet: would you spend your days there? Write it in a sentence on the profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not scored yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a company to score how well it fits you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score for {criterion}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weighted fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What makes you say so?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weight {weight}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{fit} of 5 · {coverage} of the weight scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent}%</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit evidence · {score} of 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder, due {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research note · {topic}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline, {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unnamed contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{criterion} · {score} of 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{elapsed} into the interview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchKinds</name>
        <message>
            <source>Applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacts log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview prep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search failed; nothing was changed. Details are in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>matching {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{word}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionSidePanel</name>
        <message>
            <source>*Gut verdict:* {verdict}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a person in the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview helpers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, role — then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No company named yet, so no research to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No research notes for this company yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody added yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People in the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions to ask, tick when asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research on this company, read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space ticks the selected question as asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The people in the room, the questions to ask and your research</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — {role}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing fit criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by key or action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Live interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Research</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a saved web page or text file as notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the line as a follow-up (F:)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the line as a highlight (!)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the line as a question (Q:)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the line as an answer (A:)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the line as something I did not know (DK:)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the selected reminder done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected criterion down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected criterion up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New research note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press ? anywhere outside a text field, or F1, to open this list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the research note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search everything (also inside a text field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search research</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this list of shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this list of shortcuts (outside text fields)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start interview notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{keys}: {action}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message>
            <source>Applications in {stage}, {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage {stage}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} closed application(s) hidden.
Tick “Show closed” to list them.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{stage} · {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stage} · {count} hidden</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{stage}, {count} application(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{stage}, {count} closed application(s) hidden</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>StageDialog</name>
        <message>
            <source>&amp;Add as new stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete stage…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the stage “{stage}”?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete the stage “{stage}”? Its {count} application(s) move to “{target}”.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Edit stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its applications &amp;go to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move d&amp;own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move its applications to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move stage down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move stage up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ou&amp;tcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages in order</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageTableModel</name>
        <message>
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} application(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>TableHeaders</name>
        <message>
            <source>Column headings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row numbers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Thresholds</name>
        <message>
            <source>Between two status inquiries, at least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First status inquiry, at the earliest after an interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gone quiet after no contact for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nudge to apply again after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind before an offer's deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show rounds coming up within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status inquiries per process, at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no threshold called {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inquiries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{setting}: choose between {minimum} and {maximum} {unit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{setting}: give a whole number.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThresholdsDialog</name>
        <message>
            <source>&amp;Restore defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-through settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore default thresholds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These numbers decide when a process counts as gone quiet, when a status inquiry would come too soon, and when the app nudges you to keep applying. They are saved in your journal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note needs a line of text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note's first line is its title; put the rest below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{role} at {company}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineNoteDialog</name>
        <message>
            <source>&amp;More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a note to the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More about it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Recruiter said the team grows in spring</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>&amp;Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note of your own on the timeline, about the process or company shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions on the selected event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a note to the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event details and interview notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything that moves your search forward lands here by itself, newest first: adding a company to research, starting an interview with Ctrl+L and ending it, follow-ups you draft and send, every contact with a recruiter, offers and rejections.

Add your first company or start an interview, and come back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No events match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No events match these filters.
Choose “All companies”, “All stages”, “All kinds” or “All time” to see more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No further details were recorded with this event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing on your timeline yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an event to see it here.

Interviews show the notes you took, with the minute each line was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show events from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show events of applications in stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show events of company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show events of kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing: {application}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This interview is no longer in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This process only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline events, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To day, included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your search as a whole (choose a company or a process to note it there)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one application</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} event(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} event(s) match(es/)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>The {what} cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} is {length} characters long; the limit is {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} must be a date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} must be a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} must be a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} must be under {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} must fall between the years {first} and {last}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} name is {length} characters long; the limit is {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} needs its time zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too long for the {what}: {length} characters, where the limit is {limit}. Nothing was saved; shorten it or split it in two.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a kind of contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an offer status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>base salary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>benefits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bonus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>equity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gut verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how the contact happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list of qualities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>negotiation notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note's title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>profile link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reminder's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reminder's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remote policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>snooze time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time it was sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time of the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time of the draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time of the last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who made the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not {what}; choose one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compensation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacted them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Culture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom dates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day-to-day work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Final interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up drafted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Future coworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gone quiet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Green flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Growth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heard from them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highlight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hiring manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interview started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep applying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leadership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting coworkers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Negotiating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay and benefits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepare a round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recruiter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Red flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Research note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screening call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send a follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status inquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay in touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team and people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Technical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Technical interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upcoming round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work–life balance</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WeightDelegate</name>
        <message>
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>A realistic job search to try every view. It is kept apart from your own journal; Journal ▸ Back to my journal returns here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An Interview Journal JSON export, or applications from a spreadsheet or another tracker as CSV. You see what will be added before anything is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin with the first company you are looking at. Everything stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore the sample journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import what I already have</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep your whole job search in one private journal: what you learn about each company, notes taken during interviews, follow-ups at the right moment, and one timeline of every process. How would you like to begin?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start my own journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to {app}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_ChoiceDelegate</name>
        <message>
            <source>Choose</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_SearchPage</name>
        <message>
            <source>Back to companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the company list (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search research</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Texts</name>
        <message>
            <source>No reminders due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Reminders (%n)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Show {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start interview notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{state}; notifications are off</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_WindowTexts</name>
        <message>
            <source>Click this message, or press Ctrl+7, to open Reminders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due now: {titles}.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
