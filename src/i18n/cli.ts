// The command line's own words: `--help` of every command and option, commander's headings and
// errors, usage errors and the lines `sop build`, `sop dev` and `sop new` print. `sop check`'s
// diagnostics and `sop diff`'s report have catalogues of their own.
import type { Lang } from '../model/types.js';

export interface CliMessages {
  /** Commander's words, and the placeholders of option values. */
  help: {
    /** Headings commander writes ("Usage:", "Options:"…), by their English text. */
    titles: Record<string, string>;
    options: string;
    command: string;
    choices: (list: string) => string;
    default: (value: string) => string;
    help: string;
    helpCommand: string;
    version: string;
    /** Placeholders in `--option <value>` and argument names. */
    value: { folder: string; date: string; format: string; port: string; host: string; id: string; edition: string; lang: string; title: string; name: string; from: string; to: string; target: string };
  };
  /** Commander's parse errors, given what it reports. */
  errors: {
    unknownOption: (flag: string) => string;
    unknownCommand: (name: string) => string;
    didYouMean: (candidates: string) => string;
    missingArgument: (name: string) => string;
    optionMissingArgument: (flag: string) => string;
    tooManyArguments: (expected: number, got: number) => string;
    invalidChoice: (flag: string, value: string, choices: string) => string;
  };
  program: { description: string; lang: string };
  corpus: { argument: string; option: string; optionInside: string };
  check: { description: string; format: string; strict: string; afresh: string; elsewhere: (count: number, root: string) => string };
  build: {
    description: string; out: string; region: string; national: string; noPdf: string; pdfOnly: string; keepGoing: string; afresh: string;
    checking: (dir: string) => string;
    stopped: (errors: number, out: string) => string;
    upToDate: (out: string, took: string) => string;
    built: (pages: number, pdfs: number, out: string, took: string, reused: number) => string;
  };
  dev: {
    description: string; out: string; port: string; host: string; national: string;
    serving: (out: string, url: string, dir: string) => string;
    keptPdfs: (count: number, out: string) => string;
    built: (rendered: number, written: number, removed: number, out: string, took: string) => string;
    failed: (errors: number, took: string) => string;
    changed: (files: string) => string;
    firstBuild: string;
    portInUse: (port: number, host: string) => string;
    cannotListen: (host: string, port: number) => string;
    badPort: (value: string) => string;
    watchFailed: (reason: string) => string;
  };
  diff: { description: string; from: string; to: string; format: string; exitCode: string };
  graph: { description: string; target: string; format: string; noSuch: (procedure: boolean, target: string) => string };
  lsp: { description: string; stdio: string };
  cases: {
    run: string; test: string; caseValue: string; caseArgument: string; cases: string; region: string; format: string;
    noCase: (name: string, dir: string) => string; noRegion: (id: string) => string;
  };
  new: {
    description: string;
    procedure: string; region: string; title: string; id: string; reviewBy: string;
    regionDescription: string; regionId: string; regionName: string;
    knownRegions: (list: string) => string;
    none: string;
    askRegion: string; askTitle: string; askRegionId: string; askRegionName: string;
    unknownRegion: (id: string, known: string) => string;
    unloadedRegion: (id: string) => string;
    idTaken: (id: string, file: string) => string;
    exists: (file: string) => string;
    noId: (title: string) => string;
    theTitle: string; theName: string; procedureId: string; regionIdWhat: string;
    empty: (what: string) => string;
    oneLine: (what: string) => string;
    invalidId: (value: string, what: string) => string;
    missing: (flag: string) => string;
  };
  schema: { description: string; name: (names: string) => string; out: string; unknown: (name: string, names: string) => string; nameOne: (names: string) => string };
  options: { today: string; edition: string; cacheDir: string; noCache: (afresh: string) => string };
  usage: {
    noSuchFolder: (dir: string) => string;
    noCorpus: (dir: string) => string;
    twoFolders: (positional: string, option: string) => string;
    partOfCorpus: (command: string, dir: string, root: string, region: string) => string;
    overlap: (out: string, corpus: string) => string;
    badDate: (flag: string, value: string) => string;
    pdfOnlyNoPdf: string;
    unknownRegions: (ids: string) => string;
  };
}

export const cliMessages: Record<Lang, CliMessages> = {
  it: {
    help: {
      titles: { 'Usage:': 'Uso:', 'Options:': 'Opzioni:', 'Arguments:': 'Argomenti:', 'Commands:': 'Comandi:', 'Global Options:': 'Opzioni generali:' },
      options: '[opzioni]',
      command: '[comando]',
      choices: (list) => `valori: ${list}`,
      default: (value) => `predefinito: ${value}`,
      help: 'mostra questo aiuto',
      helpCommand: "mostra l'aiuto di un comando",
      version: 'mostra la versione di sop',
      value: { folder: 'cartella', date: 'data', format: 'formato', port: 'porta', host: 'indirizzo', id: 'id', edition: 'edizione', lang: 'lingua', title: 'titolo', name: 'nome', from: 'da', to: 'a', target: 'regione[/proc]' },
    },
    errors: {
      unknownOption: (flag) => `opzione sconosciuta '${flag}'`,
      unknownCommand: (name) => `comando sconosciuto '${name}'`,
      didYouMean: (candidates) => `(forse intendevi ${candidates}?)`,
      missingArgument: (name) => `manca l'argomento obbligatorio '${name}'`,
      optionMissingArgument: (flag) => `all'opzione '${flag}' manca il valore`,
      tooManyArguments: (expected, got) => `troppi argomenti: ne sono previsti ${expected}, ricevuti ${got}`,
      invalidChoice: (flag, value, choices) => `'${value}' non è un valore di ${flag}: scegli tra ${choices}`,
    },
    program: {
      description: 'Scrivere, controllare e pubblicare le Procedure Operative Standard antitratta',
      lang: "lingua dei messaggi, dell'aiuto e dei manuali; anche SOP_LANG=en",
    },
    corpus: {
      argument: 'cartella delle procedure (come --dir)',
      option: 'cartella delle procedure (predefinita: procedures)',
      optionInside: 'cartella delle procedure (predefinita: procedures, o quella in cui ti trovi)',
    },
    check: {
      description: 'controlla le procedure e segnala ogni problema come file:riga:colonna; si può indicare la cartella di una Regione o un file',
      format: 'formato del resoconto',
      strict: 'anche gli avvisi fanno fallire il controllo',
      afresh: 'rilegge ogni file da capo',
      elsewhere: (count, root) => `${count === 1 ? 'Un altro problema' : `Altri ${count} problemi`} in altri file di ${root}/ (sop check ${root} per vederli)`,
    },
    build: {
      description: 'controlla, poi crea i manuali HTML e PDF (con errori non scrive nulla)',
      out: 'cartella di uscita',
      region: 'crea solo queste Regioni',
      national: 'non crea il modello nazionale (altrimenti creato da tutto il corpus)',
      noPdf: 'non crea i manuali PDF',
      pdfOnly: 'crea solo i manuali PDF',
      keepGoing: 'se un PDF non riesce, scrive comunque tutto il resto (la build fallisce lo stesso)',
      afresh: 'ricrea ogni file da capo',
      checking: (dir) => `Controllo di ${dir}/`,
      stopped: (errors, out) => `Build interrotta: ${errors === 1 ? '1 errore' : `${errors} errori`}; ${out}/ è rimasta com'era`,
      upToDate: (out, took) => `Già aggiornata: nulla è cambiato dall'ultima build di ${out}/ (${took})`,
      built: (pages, pdfs, out, took, reused) => `Scritte in ${out}/ ${pages} pagine e ${pdfs} PDF (${took}${reused > 0 ? `; ${reused} file invariati dall'ultima build` : ''})`,
    },
    dev: {
      description: 'crea i manuali HTML, li mostra su localhost e aggiorna ciò che ogni salvataggio cambia (niente PDF)',
      out: 'cartella di uscita: ciò che viene servito, scritto man mano',
      port: 'porta (0: una porta libera qualsiasi)',
      host: "indirizzo d'ascolto; altri computer lo raggiungono solo se lo allarghi",
      national: 'non crea il modello nazionale',
      serving: (out, url, dir) => `${out}/ su ${url}: osservo ${dir}/ (Ctrl+C per fermare)`,
      keptPdfs: (count, out) => count === 1
        ? `${out}/ conserva il PDF dell'ultima sop build: sop dev non lo aggiorna, quindi può non essere aggiornato (sop build lo rifà)`
        : `${out}/ conserva ${count} PDF dell'ultima sop build: sop dev non li aggiorna, quindi possono non essere aggiornati (sop build li rifà)`,
      built: (rendered, written, removed, out, took) => `${rendered} creati, ${written} scritti, ${removed} rimossi in ${out}/ (${took})`,
      failed: (errors, took) => `${errors === 1 ? '1 errore' : `${errors} errori`}; resta servita l'ultima build valida (${took})`,
      changed: (files) => `${files} cambiato:`,
      firstBuild: 'Build:',
      portInUse: (port, host) => `La porta ${port} su ${host} è già in uso (un altro sop dev?). Suggerimento: fermalo, o scegli un'altra porta con --port`,
      cannotListen: (host, port) => `Impossibile ascoltare su ${host}:${port}. Suggerimento: scegli un altro --host o --port`,
      badPort: (value) => `--port vuole un numero di porta, non "${value}"`,
      watchFailed: (reason) => `Non riesco più a osservare i file, quindi i salvataggi potrebbero sfuggire: ${reason}. Suggerimento: riavvia sop dev`,
    },
    diff: {
      description: 'che cosa è cambiato in ogni procedura tra due versioni git, o tra una versione e la copia di lavoro',
      from: 'versione git precedente (ramo, tag, commit)',
      to: 'versione git nuova; se manca: la copia di lavoro',
      format: 'formato del resoconto',
      exitCode: 'esce con 1 se qualcosa è cambiato, 0 se nulla (come git diff --exit-code)',
    },
    graph: {
      description: 'esporta il grafo degli invii di una procedura (regione/procedura) o di una Regione',
      target: 'id di una Regione, o regione/procedura',
      format: 'formato di uscita',
      noSuch: (procedure, target) => `${procedure ? 'Procedura' : 'Regione'} inesistente: ${target}`,
    },
    lsp: {
      description: "server di linguaggio per gli editor: diagnostica mentre si scrive, completamento e descrizioni nelle procedure e nei file YAML del corpus",
      stdio: 'comunica su standard input e output (il predefinito)',
    },
    cases: {
      run: 'segue un caso di studio attraverso le procedure e ne mostra il percorso in ogni Regione, come una linea del tempo',
      test: 'verifica le attese di ogni caso di studio e indica i passi e gli invii che nessun caso percorre',
      caseValue: 'caso',
      caseArgument: "l'id di un caso, o il suo file (cases/<file>.yaml)",
      cases: 'cartella dei casi (predefinita: cases/ accanto alla cartella delle procedure)',
      region: 'solo questa Regione',
      format: 'formato di uscita',
      noCase: (name, dir) => `Caso inesistente: ${name} (in ${dir})`,
      noRegion: (id) => `Regione inesistente: ${id}`,
    },
    new: {
      description: 'crea una bozza di procedura o di Regione che supera sop check (nel terminale chiede ciò che manca)',
      procedure: 'crea procedures/<regione>/<id>.md: una bozza che supera sop check',
      region: 'la Regione',
      title: "il titolo; l'id ne deriva",
      id: "l'id della procedura, invece di quello derivato dal titolo",
      reviewBy: 'data di revisione (AAAA-MM-GG); se manca: tra un anno',
      regionDescription: 'crea procedures/<id>/region.yaml: una Regione che supera sop check',
      regionId: "l'id della Regione (il nome della sua cartella)",
      regionName: 'il nome della Regione',
      knownRegions: (list) => `Regioni: ${list}\n`,
      none: 'nessuna',
      askRegion: 'Regione: ',
      askTitle: 'Titolo: ',
      askRegionId: 'Id della Regione (nome della cartella): ',
      askRegionName: 'Nome della Regione: ',
      unknownRegion: (id, known) => `Regione sconosciuta "${id}": le Regioni sono ${known}`,
      unloadedRegion: (id) => `La Regione "${id}" non si carica: correggi prima il suo region.yaml (sop check)`,
      idTaken: (id, file) => `L'id "${id}" è già usato da ${file}: non è stato scritto nulla`,
      exists: (file) => `${file} esiste già: non è stato toccato`,
      noId: (title) => `impossibile ricavare un id dal titolo "${title}": indicalo con --id`,
      theTitle: 'Il titolo',
      theName: 'Il nome',
      procedureId: 'id di procedura',
      regionIdWhat: 'id di Regione',
      empty: (what) => `${what} non può essere vuoto`,
      oneLine: (what) => `${what} deve stare su una riga`,
      invalidId: (value, what) => `"${value}" non è un ${what} valido: usa lettere minuscole, cifre e trattini singoli (es. "emersione-segnalazione")`,
      missing: (flag) => `manca ${flag}`,
    },
    schema: {
      description: 'stampa uno JSON Schema, o li scrive in una cartella per gli editor (estensione YAML di VS Code)',
      name: (names) => `uno tra ${names}`,
      out: 'scrive gli schemi (tutti, o quello indicato) in questa cartella',
      unknown: (name, names) => `Schema sconosciuto "${name}": uno tra ${names}`,
      nameOne: (names) => `indica uno schema (${names}) o scrivili tutti con --out <cartella>`,
    },
    options: {
      today: 'valuta le date di revisione rispetto a questo giorno (AAAA-MM-GG) invece che a oggi',
      edition: 'public lascia fuori ogni contenuto riservato; internal lo include, segnato come uso interno',
      cacheDir: 'dove si tiene la cache di build',
      noCache: (afresh) => `${afresh}, senza leggere né aggiornare la cache di build`,
    },
    usage: {
      noSuchFolder: (dir) => `Cartella inesistente: ${dir}`,
      noCorpus: (dir) => `${dir} non esiste, o è un file fuori da una cartella di procedure (nessuna cartella _national/ sopra di esso)`,
      twoFolders: (positional, option) => `Due cartelle diverse: ${positional} e --dir ${option}. Suggerimento: indicane una sola`,
      partOfCorpus: (command, dir, root, region) => `${dir} è una parte delle procedure di ${root}: sop ${command} crea il corpus intero. Suggerimento: sop ${command} --dir ${root} --region ${region}`,
      overlap: (out, corpus) => `--out ${out} si sovrapporrebbe alla cartella delle procedure ${corpus}: scegli una cartella di uscita accanto, come dist`,
      badDate: (flag, value) => `${flag} vuole una data AAAA-MM-GG, non "${value}"`,
      pdfOnlyNoPdf: '--pdf-only e --no-pdf si escludono a vicenda',
      unknownRegions: (ids) => `Regione sconosciuta: ${ids}`,
    },
  },
  en: {
    help: {
      titles: {},
      options: '[options]',
      command: '[command]',
      choices: (list) => `choices: ${list}`,
      default: (value) => `default: ${value}`,
      help: 'display this help',
      helpCommand: 'display help for a command',
      version: 'display the version of sop',
      value: { folder: 'folder', date: 'date', format: 'format', port: 'port', host: 'host', id: 'id', edition: 'edition', lang: 'lang', title: 'title', name: 'name', from: 'from', to: 'to', target: 'region[/proc]' },
    },
    errors: {
      unknownOption: (flag) => `unknown option '${flag}'`,
      unknownCommand: (name) => `unknown command '${name}'`,
      didYouMean: (candidates) => `(Did you mean ${candidates}?)`,
      missingArgument: (name) => `missing required argument '${name}'`,
      optionMissingArgument: (flag) => `option '${flag}' argument missing`,
      tooManyArguments: (expected, got) => `too many arguments: expected ${expected}, got ${got}`,
      invalidChoice: (flag, value, choices) => `'${value}' is not a value of ${flag}: choose one of ${choices}`,
    },
    program: {
      description: 'Write, check and publish anti-trafficking Standard Operating Procedures',
      lang: 'language of the messages, the help and the handbooks; also SOP_LANG=en',
    },
    corpus: {
      argument: 'corpus folder (as --dir)',
      option: 'corpus folder (default: procedures)',
      optionInside: 'corpus folder (default: procedures, or the one you are in)',
    },
    check: {
      description: "validate the procedures and print every problem as file:line:column; a Region's folder or one file may be given",
      format: 'output format',
      strict: 'warnings fail the check too',
      afresh: 'parse every file afresh',
      elsewhere: (count, root) => `${count} more in other files of ${root}/ (sop check ${root} to see ${count === 1 ? 'it' : 'them'})`,
    },
    build: {
      description: 'validate, then build the HTML and PDF handbooks (nothing is written when there are errors)',
      out: 'output folder',
      region: 'build only these Regions',
      national: 'do not build the national model (built from the whole corpus otherwise)',
      noPdf: 'do not build the PDF handbooks',
      pdfOnly: 'build only the PDF handbooks',
      keepGoing: 'when a PDF fails, still write everything else (the build still fails)',
      afresh: 'make every output afresh',
      checking: (dir) => `Checking ${dir}/`,
      stopped: (errors, out) => `Build stopped: ${errors} error${errors === 1 ? '' : 's'}; ${out}/ was left as it was`,
      upToDate: (out, took) => `Up to date: nothing changed since the last build of ${out}/ (${took})`,
      built: (pages, pdfs, out, took, reused) => `Built ${pages} pages and ${pdfs} PDFs in ${out}/ (${took}${reused > 0 ? `; ${reused} outputs unchanged since the last build` : ''})`,
    },
    dev: {
      description: 'build, serve the handbooks on localhost and rebuild what each save changes (HTML only)',
      out: 'output folder: what is served, written as each output is made',
      port: 'port to listen on (0: any free port)',
      host: 'address to listen on; other machines can reach the server only if you widen it',
      national: 'do not build the national model',
      serving: (out, url, dir) => `Serving ${out}/ at ${url} — watching ${dir}/ (Ctrl+C to stop)`,
      keptPdfs: (count, out) => `${out}/ keeps ${count} PDF${count === 1 ? '' : 's'} of the last sop build: sop dev does not update them, so they may be out of date (sop build makes them anew)`,
      built: (rendered, written, removed, out, took) => `${rendered} rendered, ${written} written, ${removed} removed in ${out}/ (${took})`,
      failed: (errors, took) => `${errors} error${errors === 1 ? '' : 's'}; still serving the last good build (${took})`,
      changed: (files) => `${files} changed:`,
      firstBuild: 'Built',
      portInUse: (port, host) => `Port ${port} on ${host} is already in use (another sop dev?). Hint: stop it, or choose another port with --port`,
      cannotListen: (host, port) => `Cannot listen on ${host}:${port}. Hint: choose another --host or --port`,
      badPort: (value) => `--port takes a port number, not "${value}"`,
      watchFailed: (reason) => `Watching the files failed, so saves may not be noticed: ${reason}. Hint: restart sop dev`,
    },
    diff: {
      description: 'what changed in each procedure between two git versions, or a version and the working tree',
      from: 'git ref of the old version (branch, tag, commit)',
      to: 'git ref of the new version; default: the working tree',
      format: 'output format',
      exitCode: 'exit with 1 when something changed, 0 when nothing did (as git diff --exit-code)',
    },
    graph: {
      description: 'export the referral graph of a procedure (region/procedure) or a Region',
      target: 'a Region id, or region/procedure',
      format: 'output format',
      noSuch: (procedure, target) => `No such ${procedure ? 'procedure' : 'Region'}: ${target}`,
    },
    lsp: {
      description: 'language server for editors: diagnostics, completion and hover in procedures and corpus YAML files',
      stdio: 'talk over standard input and output (the default)',
    },
    cases: {
      run: 'follow a case study through the procedures and print its path in each Region as a timeline',
      test: "run every case study's assertions and report which steps and referrals no case exercises",
      caseValue: 'case',
      caseArgument: 'a case id, or its file (cases/<file>.yaml)',
      cases: 'case files folder (default: cases/ beside the corpus folder)',
      region: 'only this Region',
      format: 'output format',
      noCase: (name, dir) => `No such case: ${name} (in ${dir})`,
      noRegion: (id) => `No such Region: ${id}`,
    },
    new: {
      description: 'create a draft procedure or Region that passes sop check (in a terminal, asks for what is missing)',
      procedure: 'create procedures/<region>/<id>.md: a draft that passes sop check',
      region: 'the Region',
      title: 'the title; the id is derived from it',
      id: 'the procedure id instead of one derived from the title',
      reviewBy: 'review-by date (YYYY-MM-DD); default: a year from today',
      regionDescription: 'create procedures/<id>/region.yaml: a Region that passes sop check',
      regionId: 'the Region id (its folder name)',
      regionName: "the Region's display name",
      knownRegions: (list) => `Regions: ${list}\n`,
      none: 'none',
      askRegion: 'Region: ',
      askTitle: 'Title: ',
      askRegionId: 'Region id (folder name): ',
      askRegionName: 'Region name: ',
      unknownRegion: (id, known) => `Unknown Region "${id}": known Regions are ${known}`,
      unloadedRegion: (id) => `Region "${id}" cannot be loaded: fix its region.yaml first (sop check)`,
      idTaken: (id, file) => `Procedure id "${id}" is already used by ${file}: nothing was written`,
      exists: (file) => `${file} already exists: it was left untouched`,
      noId: (title) => `cannot derive an id from the title "${title}": give one with --id`,
      theTitle: 'The title',
      theName: 'The name',
      procedureId: 'procedure id',
      regionIdWhat: 'Region id',
      empty: (what) => `${what} must not be empty`,
      oneLine: (what) => `${what} must be one line of text`,
      invalidId: (value, what) => `"${value}" is not a valid ${what}: use lowercase letters, digits and single hyphens (e.g. "emersione-segnalazione")`,
      missing: (flag) => `missing ${flag}`,
    },
    schema: {
      description: 'print a JSON Schema, or write them to a folder for editors (VS Code YAML extension)',
      name: (names) => `one of ${names}`,
      out: 'write the schemas (all, or the one named) into this folder',
      unknown: (name, names) => `Unknown schema "${name}": one of ${names}`,
      nameOne: (names) => `name a schema (${names}) or write them all with --out <folder>`,
    },
    options: {
      today: 'judge review dates against this day (YYYY-MM-DD) instead of today',
      edition: 'public leaves every restricted item out; internal includes them, marked',
      cacheDir: 'where the build cache is kept',
      noCache: (afresh) => `${afresh}, ignoring (and not updating) the build cache`,
    },
    usage: {
      noSuchFolder: (dir) => `No such folder: ${dir}`,
      noCorpus: (dir) => `${dir} does not exist, or is a file outside any corpus (no _national/ folder above it)`,
      twoFolders: (positional, option) => `Two different folders: ${positional} and --dir ${option}. Hint: give only one`,
      partOfCorpus: (command, dir, root, region) => `${dir} is part of the corpus ${root}: sop ${command} builds a whole corpus. Hint: sop ${command} --dir ${root} --region ${region}`,
      overlap: (out, corpus) => `--out ${out} would overlap the corpus folder ${corpus}: choose an output folder beside it, such as dist`,
      badDate: (flag, value) => `${flag} takes a date as YYYY-MM-DD, not "${value}"`,
      pdfOnlyNoPdf: '--pdf-only and --no-pdf exclude each other',
      unknownRegions: (ids) => `Unknown region: ${ids}`,
    },
  },
};
