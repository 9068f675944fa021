import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A Polish register's spreadsheet as the Świętokrzyskie centre keeps it, N rows, for the
 * import benchmark: Polish headers, semicolons, UTF-8 with a byte order mark, day-first
 * dates, kinds and sectors by their Polish names, the demo data's places by name or
 * TERYT code, unique KRS numbers, and one row in a thousand with a kind nobody knows.
 *
 * <pre>
 * java bench/imports/ImportCsv.java N FILE
 * </pre>
 */
public class ImportCsv {

	static final List<String> WORDS = List.of("Spółdzielnia", "Socjalna", "Razem", "Łąka", "Kuźnia", "Zdrój",
			"Sąsiedzka", "Przystań", "Integracja", "Ogród", "Chleb", "Rękodzieło", "Warsztat", "Kobiety", "Pomoc",
			"Dolina", "Nadzieja", "Wspólnota", "Młyn", "Źródło");

	static final List<String> KINDS = List.of("Spółdzielnia", "Stowarzyszenie", "Fundacja", "Podmiot reintegracyjny");

	static final List<String> SECTORS = List.of("Gastronomia i catering", "Usługi społeczne", "Produkcja żywności",
			"Rękodzieło", "Turystyka", "Edukacja i szkolenia");

	static final List<String> PLACES = List.of("Kielce", "Skarżysko-Kamienna", "2661011", "2610011");

	public static void main(String[] args) throws IOException {
		int rows = Integer.parseInt(args[0]);
		Random random = new Random(12);
		try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
			out.write('\uFEFF');
			out.write("Nazwa;Rodzaj;Numer KRS;Region;Adres;Data założenia;Liczba członków;Liczba członkiń;"
					+ "Obszary działalności;Telefon;E-mail;Opis\r\n");
			for (int i = 1; i <= rows; i++) {
				String name = WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size()))
						+ " nr " + i;
				String kind = (i % 1000 == 0) ? "Bank" : KINDS.get(random.nextInt(KINDS.size()));
				int members = 5 + random.nextInt(60);
				out.write(String.join(";", name, kind, String.format("%010d", 1_000_000_000L + i),
						PLACES.get(random.nextInt(PLACES.size())), "ul. Sienkiewicza " + (1 + random.nextInt(200)),
						String.format("%02d.%02d.%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
								1990 + random.nextInt(34)),
						Integer.toString(members), Integer.toString(random.nextInt(members + 1)),
						SECTORS.get(random.nextInt(SECTORS.size())) + ", " + SECTORS.get(random.nextInt(SECTORS.size())),
						"+48 41 " + (100 + random.nextInt(900)) + " " + (10 + random.nextInt(90)) + " "
								+ (10 + random.nextInt(90)),
						"biuro" + i + "@example.pl",
						"Spółdzielnia socjalna prowadzi " + SECTORS.get(random.nextInt(SECTORS.size())).toLowerCase()
								+ " i zatrudnia osoby zagrożone wykluczeniem społecznym w województwie świętokrzyskim."));
				out.write("\r\n");
			}
		}
	}

}
