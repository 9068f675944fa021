package org.ortak.organizations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.ortak.TestActors;
import org.ortak.organizations.imports.ImportMapping;
import org.ortak.organizations.imports.ImportProblem;
import org.ortak.organizations.imports.ImportView;
import org.ortak.organizations.imports.Imports;
import org.ortak.regions.RegionDraft;
import org.ortak.regions.RegionView;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.Violation;
import org.ortak.shared.history.ChangeChannel;
import org.ortak.shared.history.HistoryEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports against a real database and the real index, on H2 and on PostgreSQL: the
 * Świętokrzyskie register's spreadsheet in Polish, its dry run, all or nothing, a file
 * imported again, a change someone made meanwhile, encodings, workbooks and files that
 * are not what they claim. Each test imports into a country of its own.
 */
abstract class ImportScenarios extends RegisterScenarios {

	@Autowired
	Imports imports;

	@Autowired
	Duplicates duplicates;

	RegionView poland;

	RegionView kielce;

	String place;

	@BeforeEach
	void poland() {
		// Poland is one country (its ISO code is unique): each test has a region of its
		// own in it
		this.poland = TestCountries.regionIn(this.regions, "PL");
		this.kielce = this.regions.create(new RegionDraft("Kielce", null, this.poland.id()), this.admin);
		// the region as a file names it, unmistakably among the tests' many Polands
		this.place = this.poland.name() + " / Kielce";
	}

	@Test
	void theDryRunNamesEveryBadRowAndTheGoodRowsAreImportedWithTheirHistory() {
		OrganizationDetails registered = create(TestOrganizations
			.inRegion(named("Spółdzielnia Socjalna Łąka", OrganizationKind.COOPERATIVE), this.kielce.id()));
		String razemKrs = krs();
		String csv = """
				Nazwa;Rodzaj;Rodzaj szczegółowy;Numer KRS;Region;Data założenia;Liczba członków;Obszary działalności;Status
				Spółdzielnia Socjalna „Łąka”;Spółdzielnia;Spółdzielnia socjalna;%2$s;%1$s;15.03.2012;12;Gastronomia i catering, Usługi społeczne;Aktywna
				Spółdzielnia Socjalna „Razem”;Spółdzielnia;;%3$s;%1$s;2015-06-01;8;;Aktywna
				Bank Spółdzielczy;Bank;;;%1$s;;;;
				;Stowarzyszenie;;;%1$s;31.02.2019;dwanaście;;
				"""
			.formatted(this.place, krs(), razemKrs);
		ImportView uploaded = upload("rejestr.csv", bom(csv.getBytes(StandardCharsets.UTF_8)), null);
		assertThat(uploaded.format()).isEqualTo("CSV");
		assertThat(uploaded.delimiter()).isEqualTo(";");
		assertThat(uploaded.mapping().columns()).containsExactly("name", "kind", "subKind", "identifiers[KRS]",
				"region", "foundedOn", "membersTotal", "sectors", "status");
		ImportView checked = dryRun(uploaded.id());
		assertThat(checked.counts().rows()).isEqualTo(4);
		assertThat(checked.counts().bad()).as("%s", problems(checked)).isEqualTo(2);
		assertThat(checked.counts().created()).isEqualTo(2);
		assertThat(checked.counts().possibleDuplicates()).isEqualTo(1);
		List<ImportProblem> problems = this.imports.problems(uploaded.id(), 0, 50, this.admin).items();
		assertThat(problems).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::value)
			.contains(org.assertj.core.groups.Tuple.tuple(4, "Rodzaj", "Bank"),
					org.assertj.core.groups.Tuple.tuple(5, "Nazwa", null),
					org.assertj.core.groups.Tuple.tuple(5, "Data założenia", "31.02.2019"),
					org.assertj.core.groups.Tuple.tuple(5, "Liczba członków", "dwanaście"));
		assertThat(problems).filteredOn(ImportProblem::warning).extracting(ImportProblem::line).containsExactly(2);
		assertThat(problems).allSatisfy((problem) -> assertThat(problem.message()).isNotBlank()
			.doesNotStartWith("imports.")
			.doesNotStartWith("validation."));
		// all or nothing refuses while a row is bad; nothing is written
		assertThatThrownBy(() -> this.imports.commit(uploaded.id(), true, this.admin)).isInstanceOf(InvalidInput.class);
		this.imports.commit(uploaded.id(), false, this.admin);
		ImportView done = await(uploaded.id(), "DONE", "FAILED", "CHECKED");
		assertThat(done.counts().created()).isEqualTo(2);
		List<UUID> found = search(
				new OrganizationQuery("razem", null, null, this.poland.id(), null, false, 0, 20, null));
		assertThat(found).hasSize(1);
		OrganizationDetails razem = this.organizations.get(found.get(0), this.admin);
		assertThat(razem.identifiers()).containsEntry("KRS", razemKrs);
		assertThat(razem.foundedOn()).isEqualTo(LocalDate.of(2015, 6, 1));
		assertThat(razem.status()).isEqualTo(OrganizationStatus.ACTIVE);
		assertThat(razem.statusSince()).isEqualTo(LocalDate.of(2015, 6, 1));
		assertThat(razem.statusHistory()).hasSize(1);
		HistoryEntry created = this.organizations.history(razem.id(), this.admin, 0, 10).items().get(0);
		assertThat(created.channel()).isEqualTo(ChangeChannel.IMPORT);
		assertThat(created.by()).isEqualTo(this.admin.username());
		assertThat(created.kind()).isEqualTo(HistoryEntry.Kind.CREATED);
		List<UUID> laka = search(new OrganizationQuery("łąka", null, null, this.poland.id(), null, false, 0, 20, null));
		assertThat(laka).hasSize(2).contains(registered.id());
		OrganizationDetails imported = this.organizations
			.get(laka.stream().filter((id) -> !id.equals(registered.id())).findFirst().orElseThrow(), this.admin);
		assertThat(imported.subKind()).isEqualTo("SOCIAL");
		assertThat(imported.sectors()).containsExactlyInAnyOrder(Sector.GASTRONOMY, Sector.SOCIAL_SERVICES);
		assertThat(imported.membersTotal()).isEqualTo(12);
		// the look-alike waits among the duplicates to merge
		assertThat(allPairs()).anySatisfy((pair) -> assertThat(List.of(pair.first().id(), pair.second().id()))
			.containsExactlyInAnyOrder(registered.id(), imported.id()));
	}

	@Test
	void aFileImportedAgainUpdatesByRegistryNumberAndIdentifierAndAnEmptyCellKeepsTheValue() {
		String registry = "KO-" + krs().substring(4, 7) + " " + krs().substring(6);
		OrganizationDetails byRegistry = create(TestOrganizations.withRegistry(TestOrganizations
			.inRegion(named("Fundacja Ekonomii Społecznej", OrganizationKind.FOUNDATION), this.kielce.id()), registry));
		String kuzniaKrs = krs();
		String zdrojKrs = krs();
		String first = """
				Nazwa,Rodzaj,Numer KRS,Region,Liczba członków,Obszary działalności
				Spółdzielnia Socjalna Kuźnia,Spółdzielnia,%2$s,%1$s,5,Produkcja żywności
				Spółdzielnia Socjalna Zdrój,Spółdzielnia,%3$s,%1$s,9,
				""".formatted(this.place, kuzniaKrs, zdrojKrs);
		commit(dryRun(upload("pierwszy.csv", first.getBytes(StandardCharsets.UTF_8), null).id()).id(), true);
		// the registry number as another office writes it: without its dash or space, in
		// lower case
		String again = """
				Numer KRS,Numer rejestrowy,Nazwa,Liczba członków,Obszary działalności,Status,Data założenia
				%s,,,7,Gastronomia i catering,,
				%s,,,9,,,
				,%s,,,,Nieaktywna,
				""".formatted(kuzniaKrs, zdrojKrs, registry.replaceAll("[- ]", "").toLowerCase(java.util.Locale.ROOT));
		ImportView checked = dryRun(upload("drugi.csv", again.getBytes(StandardCharsets.UTF_8), null).id());
		assertThat(checked.counts().bad()).as("%s", problems(checked)).isZero();
		assertThat(checked.counts().updated()).isEqualTo(2);
		assertThat(checked.counts().unchanged()).isEqualTo(1);
		assertThat(checked.counts().created()).isZero();
		commit(checked.id(), true);
		List<UUID> kuznia = search(query("kuźnia", this.poland.id()));
		OrganizationDetails updated = this.organizations.get(kuznia.get(0), this.admin);
		assertThat(updated.name()).isEqualTo("Spółdzielnia Socjalna Kuźnia");
		assertThat(updated.membersTotal()).isEqualTo(7);
		assertThat(updated.sectors()).containsExactly(Sector.GASTRONOMY);
		assertThat(updated.regionId()).isEqualTo(this.kielce.id());
		assertThat(this.organizations.history(updated.id(), this.admin, 0, 10).items().get(0).changes())
			.extracting((change) -> change.field())
			.contains("membersTotal")
			.doesNotContain("name");
		OrganizationDetails inactive = this.organizations.get(byRegistry.id(), this.admin);
		assertThat(inactive.status()).isEqualTo(OrganizationStatus.INACTIVE);
		assertThat(inactive.name()).isEqualTo("Fundacja Ekonomii Społecznej");
		assertThat(inactive.statusHistory()).hasSize(2);
		assertThat(inactive.version()).isEqualTo(byRegistry.version() + 1);
	}

	@Test
	void aRecordChangedAfterTheDryRunIsARowErrorNotAnOverwrite() {
		String registry = "WI-" + krs();
		OrganizationDetails stored = create(TestOrganizations.withRegistry(TestOrganizations
			.inRegion(named("Stowarzyszenie Wiosna", OrganizationKind.ASSOCIATION), this.kielce.id()), registry));
		String csv = "Numer rejestrowy;Liczba członków\n" + registry + ";40\n";
		ImportView checked = dryRun(upload("zmiana.csv", csv.getBytes(StandardCharsets.UTF_8), null).id());
		assertThat(checked.counts().updated()).isEqualTo(1);
		this.organizations.publish(stored.id(), false, LocationPrecision.EXACT, null, this.admin);
		this.imports.commit(checked.id(), true, this.admin);
		ImportView refused = await(checked.id(), "CHECKED", "DONE", "FAILED");
		assertThat(refused.state()).isEqualTo("CHECKED");
		assertThat(refused.failure()).isNotBlank();
		assertThat(this.imports.problems(checked.id(), 0, 50, this.admin).items())
			.anySatisfy((problem) -> assertThat(problem.line()).isEqualTo(2));
		assertThat(this.organizations.get(stored.id(), this.admin).membersTotal()).isNull();
	}

	@Test
	void anImportIsUndoneForTheRecordsNobodyChangedSince() {
		String registry = "JE-" + krs();
		OrganizationDetails stored = create(TestOrganizations.withRegistry(TestOrganizations
			.inRegion(named("Stowarzyszenie Jesień", OrganizationKind.ASSOCIATION), this.kielce.id()), registry));
		String csv = """
				Numer rejestrowy;Nazwa;Rodzaj;Region;Liczba członków;Obszary działalności;Status
				%1$s;;;;30;Usługi społeczne;Nieaktywna
				;Jesień Pierwsza;Stowarzyszenie;%2$s;5;;
				;Jesień Druga;Stowarzyszenie;%2$s;6;;
				""".formatted(registry, this.place);
		ImportView done = commit(dryRun(upload("jesien.csv", csv.getBytes(StandardCharsets.UTF_8), null).id()).id(),
				true);
		assertThat(this.organizations.get(stored.id(), this.admin).status()).isEqualTo(OrganizationStatus.INACTIVE);
		assertThat(done.undoUntil()).isNotNull();
		UUID first = search(query("jesien pierwsza", this.poland.id())).get(0);
		UUID second = search(query("jesien druga", this.poland.id())).get(0);
		// someone works on the second one meanwhile: the undo keeps it
		this.organizations.publish(second, false, LocationPrecision.EXACT, null, this.admin);
		this.imports.undo(done.id(), TestActors.coordinator());
		ImportView undone = await(done.id(), "UNDONE", "FAILED");
		assertThat(undone.state()).as("%s", undone.failure()).isEqualTo("UNDONE");
		assertThat(undone.counts().removed()).isEqualTo(1);
		assertThat(undone.counts().restored()).isEqualTo(1);
		assertThat(undone.counts().kept()).isEqualTo(1);
		OrganizationDetails back = this.organizations.get(stored.id(), this.admin);
		assertThat(back.membersTotal()).isNull();
		assertThat(back.sectors()).isEmpty();
		assertThat(back.status()).isEqualTo(OrganizationStatus.ACTIVE);
		assertThat(back.statusHistory()).hasSize(1);
		assertThat(this.organizations.history(stored.id(), this.admin, 0, 10).items().get(0).channel())
			.isEqualTo(ChangeChannel.IMPORT);
		assertThatThrownBy(() -> this.organizations.get(first, this.admin))
			.isInstanceOf(org.ortak.shared.NotFound.class);
		assertThat(search(query("jesien pierwsza", this.poland.id()))).isEmpty();
		assertThat(this.organizations.get(second, this.admin).listed()).isFalse();
		// an import is undone once
		assertThatThrownBy(() -> this.imports.undo(done.id(), this.admin)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void anEncodingTheUserDeclaresIsReadAndAFileInAnotherIsRefused() {
		String csv = "Nazwa;Rodzaj;Region\nSpółdzielnia Socjalna „Łąka” w Kielcach;Spółdzielnia;%s\n"
			.formatted(this.place);
		byte[] windows = csv.getBytes(Charset.forName("windows-1250"));
		assertThatThrownBy(() -> upload("stary.csv", windows, null)).isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::field)
				.containsExactly("encoding"));
		ImportView uploaded = upload("stary.csv", windows, "windows-1250");
		assertThat(uploaded.encoding()).isEqualTo("windows-1250");
		commit(dryRun(uploaded.id()).id(), true);
		assertThat(search(query("kielcach", this.poland.id()))).hasSize(1);
		// UTF-16 with its byte order mark is recognised without being told
		ImportView utf16 = upload("utf16.csv",
				("\uFEFF" + csv.replace("Łąka", "Zielona")).getBytes(StandardCharsets.UTF_16LE), null);
		assertThat(utf16.encoding()).isEqualTo("UTF-16LE");
		assertThat(dryRun(utf16.id()).counts().created()).isEqualTo(1);
	}

	@Test
	void aWorkbookIsReadWithItsDatesAndNumbersInPersianDigitsAndSolarHijriDates() throws IOException {
		byte[] workbook = workbook(List.of("Name", "Type", "Region", "Founded on", "Number of members"),
				List.of(List.of("Kuźnia Kielecka", "COOPERATIVE", this.place, LocalDate.of(2019, 5, 20), 14),
						List.of("Dom Sąsiedzki", "Stowarzyszenie", this.place, "۱۳۹۸/۰۲/۳۰", "۲۳")));
		ImportView uploaded;
		try {
			uploaded = upload("rejestr.xlsx", workbook, null);
		}
		catch (InvalidInput ex) {
			throw new AssertionError(ex.violations().toString(), ex);
		}
		assertThat(uploaded.format()).isEqualTo("XLSX");
		assertThat(uploaded.mapping().columns()).containsExactly("name", "kind", "region", "foundedOn", "membersTotal");
		// the second row's date is Solar Hijri: as the Gregorian calendar it is bad
		ImportView gregorian = dryRun(uploaded.id());
		assertThat(gregorian.counts().bad()).isEqualTo(1);
		this.imports.map(uploaded.id(),
				new ImportMapping(uploaded.mapping().columns(), Map.of(), ImportMapping.Calendar.SOLAR_HIJRI), null,
				this.admin);
		ImportView hijri = dryRun(uploaded.id());
		assertThat(hijri.counts().bad()).as("%s", problems(hijri)).isZero();
		commit(hijri.id(), true);
		OrganizationDetails kuznia = this.organizations.get(search(query("kuznia kielecka", this.poland.id())).get(0),
				this.admin);
		// a Gregorian year stays Gregorian in a Solar Hijri file
		assertThat(kuznia.foundedOn()).isEqualTo(LocalDate.of(2019, 5, 20));
		OrganizationDetails dom = this.organizations.get(search(query("dom sasiedzki", this.poland.id())).get(0),
				this.admin);
		assertThat(dom.foundedOn()).isEqualTo(LocalDate.of(2019, 5, 20));
		assertThat(dom.membersTotal()).isEqualTo(23);
	}

	@Test
	void wordsTheRegisterDoesNotKnowAreMappedAndTheMappingIsSavedForTheNextFile() {
		String csv = "Nazwa;Forma;Region\nKoło Gospodyń Wiejskich w Bielinach;KGW;%s\n".formatted(this.place);
		ImportView uploaded = upload("kgw.csv", csv.getBytes(StandardCharsets.UTF_8), null);
		// a header nothing is recognised by is left out; the user says what it is
		assertThat(uploaded.mapping().columns()).containsExactly("name", null, "region");
		ImportMapping mapping = new ImportMapping(List.of("name", "kind", "region"),
				Map.of("kind", Map.of("KGW", "ASSOCIATION")), ImportMapping.Calendar.GREGORIAN);
		String name = "KGW " + UUID.randomUUID();
		this.imports.map(uploaded.id(), mapping, name, this.admin);
		commit(dryRun(uploaded.id()).id(), true);
		UUID kgw = search(query("bielinach", this.poland.id())).get(0);
		assertThat(this.organizations.get(kgw, this.admin).kind()).isEqualTo(OrganizationKind.ASSOCIATION);
		ImportView next = this.imports.upload("kgw2.csv",
				"Nazwa;Forma;Region\nKGW Zagnańsk;kgw;%s\n".formatted(this.place).getBytes(StandardCharsets.UTF_8),
				null, null, name, this.admin);
		assertThat(dryRun(next.id()).counts().created()).isEqualTo(1);
	}

	@Test
	void filesThatAreNotTablesAreRefusedNamingTheFile() throws IOException {
		assertRefused(new byte[0], "file");
		assertRefused(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' },
				"file");
		assertRefused(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				"file");
		// a zip bomb: a few kilobytes that unpack past the limit (20 MB in the tests)
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 30; i++) {
				zip.write(zeros);
			}
		}
		assertThat(bomb.size()).isLessThan(100_000);
		assertRefused(bomb.toByteArray(), "file");
		// a header that fills nothing cannot be checked
		ImportView nothing = upload("x.csv", "foo;bar\n1;2\n".getBytes(StandardCharsets.UTF_8), null);
		assertThatThrownBy(() -> this.imports.dryRun(nothing.id(), this.admin)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> this.imports.get(nothing.id(), TestActors.manager()))
			.isInstanceOf(org.ortak.shared.Forbidden.class);
	}

	/**
	 * Every pair the duplicates list offers, page after page (the tests share one
	 * register).
	 */
	private List<DuplicatePair> allPairs() {
		List<DuplicatePair> pairs = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			var found = this.duplicates.candidates(page, 100, this.admin);
			pairs.addAll(found.items());
			if ((long) (page + 1) * 100 >= found.totalElements()) {
				return pairs;
			}
		}
	}

	private void assertRefused(byte[] content, String field) {
		assertThatThrownBy(() -> upload("bad", content, null)).isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).violations()).extracting(Violation::field)
				.containsExactly(field));
	}

	ImportView upload(String name, byte[] content, String encoding) {
		return this.imports.upload(name, content, encoding, null, null, this.admin);
	}

	ImportView dryRun(UUID id) {
		this.imports.dryRun(id, this.admin);
		ImportView checked = await(id, "CHECKED", "FAILED");
		assertThat(checked.state()).as("%s", checked.failure()).isEqualTo("CHECKED");
		return checked;
	}

	ImportView commit(UUID id, boolean allOrNothing) {
		assertThat(this.imports.get(id, this.admin).counts().bad()).as("%s", problems(this.imports.get(id, this.admin)))
			.isZero();
		this.imports.commit(id, allOrNothing, this.admin);
		ImportView done = await(id, "DONE", "FAILED", "CHECKED");
		assertThat(done.state()).as("%s", done.failure()).isEqualTo("DONE");
		return done;
	}

	/** The import once its background work has brought it to one of these states. */
	ImportView await(UUID id, String... states) {
		return Awaitility.await("the import " + List.of(states))
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.imports.get(id, this.admin), (view) -> List.of(states).contains(view.state()));
	}

	private List<String> problems(ImportView view) {
		return this.imports.problems(view.id(), 0, 50, this.admin)
			.items()
			.stream()
			.map((problem) -> problem.line() + " " + problem.column() + " " + problem.value() + ": "
					+ problem.message())
			.toList();
	}

	/** A KRS number no other test has. */
	static String krs() {
		return String.format(java.util.Locale.ROOT, "%010d",
				java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
	}

	private static byte[] bom(byte[] content) {
		byte[] withBom = new byte[content.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(content, 0, withBom, 3, content.length);
		return withBom;
	}

	static byte[] workbook(List<String> headers, List<List<Object>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Rejestr");
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
		}
		for (int r = 0; r < rows.size(); r++) {
			List<Object> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				Object value = row.get(c);
				if (value instanceof LocalDate date) {
					sheet.value(r + 1, c, date);
					sheet.style(r + 1, c).format("yyyy-mm-dd").set();
				}
				else if (value instanceof Number number) {
					sheet.value(r + 1, c, number);
				}
				else {
					sheet.value(r + 1, c, (String) value);
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

}
