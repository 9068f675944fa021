import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ortak's register benchmark, run by bench/run.sh against a started Ortak:
 * generates N organizations through the API (names in the five languages and scripts,
 * spread over the seeded districts), then runs the search API at 1, 8 and 32 concurrent
 * clients and reports latency percentiles and throughput.
 *
 * java bench/SearchBench.java BASE_URL TOKEN N SECONDS_PER_LEVEL
 */
public class SearchBench {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static String base;

	static String token;

	public static void main(String[] args) throws Exception {
		base = args[0];
		token = args[1];
		int n = Integer.parseInt(args[2]);
		int seconds = Integer.parseInt(args[3]);
		List<String[]> districts = districts();
		System.out.printf(Locale.ROOT, "regions: %d districts%n", districts.size());

		long start = System.nanoTime();
		AtomicInteger failed = new AtomicInteger();
		ExecutorService writers = Executors.newFixedThreadPool(4);
		List<Future<?>> writes = new ArrayList<>();
		for (int w = 0; w < 4; w++) {
			int writer = w;
			writes.add(writers.submit(() -> {
				for (int i = writer; i < n; i += 4) {
					int status = post("/api/v1/organizations", organization(i, districts));
					if (status != 201) {
						failed.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> write : writes) {
			write.get();
		}
		writers.shutdown();
		double writeSeconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "| generate | %d organizations through POST /api/v1/organizations | %.1f s | %.0f organizations/s | %d failed |%n",
				n, writeSeconds, n / writeSeconds, failed.get());

		List<String> queries = List.of("q=kadin", "q=kooperatif%20kartepe", "q=spoldzielnia", "q=" + enc("تعاونی"),
				"q=tarimsal&status=ACTIVE", "q=ictimai", "kind=COOPERATIVE&status=INACTIVE",
				"region=" + districts.get(0)[2] + "&sort=name", "sector=FOOD&q=uretim", "q=stowarzyszenie&sort=-updated",
				"q=" + enc("دانش‌آموزی"), "q=kocaeli&kind=ASSOCIATION");
		System.out.println();
		System.out.println("| clients | requests | errors | p50 ms | p95 ms | p99 ms | max ms | requests/s |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (int clients : new int[] { 1, 8, 32 }) {
			load(clients, seconds / 5, queries); // warm-up
			load(clients, seconds, queries).print(clients);
		}
	}

	record Result(long[] latencies, int errors, double seconds) {

		void print(int clients) {
			long[] sorted = this.latencies.clone();
			Arrays.sort(sorted);
			System.out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.0f |%n", clients, sorted.length,
					this.errors, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
					sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, sorted.length / this.seconds);
		}

		static double ms(long[] sorted, double p) {
			return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
		}

	}

	static Result load(int clients, int seconds, List<String> queries) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Future<long[]>> futures = new ArrayList<>();
		AtomicInteger errors = new AtomicInteger();
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				long[] mine = new long[1024];
				int count = 0;
				while (System.nanoTime() < end) {
					String query = queries.get(ThreadLocalRandom.current().nextInt(queries.size()));
					long t = System.nanoTime();
					HttpResponse<String> response = HTTP.send(get("/api/v1/organizations?" + query + "&size=20"),
							HttpResponse.BodyHandlers.ofString());
					long took = System.nanoTime() - t;
					if (response.statusCode() != 200) {
						errors.incrementAndGet();
					}
					if (count == mine.length) {
						mine = Arrays.copyOf(mine, count * 2);
					}
					mine[count++] = took;
				}
				return Arrays.copyOf(mine, count);
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<long[]> future : futures) {
			for (long latency : future.get()) {
				all.add(latency);
			}
		}
		pool.shutdown();
		double took = (System.nanoTime() - started) / 1e9;
		return new Result(all.stream().mapToLong(Long::longValue).toArray(), errors.get(), took);
	}

	static final String[][] NAMES = {
			{ "%s Kadın Girişimi Üretim ve İşletme Kooperatifi", "COOPERATIVE", "WOMEN" },
			{ "%s Tarımsal Kalkınma Kooperatifi", "COOPERATIVE", "PRODUCER" },
			{ "%s Kültür ve Dayanışma Derneği", "ASSOCIATION", null },
			{ "تعاونی تولیدی صنایع دستی %s", "COOPERATIVE", "PRODUCER" },
			{ "تعاونی دانش‌آموزی %s", "COOPERATIVE", "SCHOOL_STUDENT" },
			{ "%s Qadınlar İctimai Birliyi", "PUBLIC_UNION", null },
			{ "%s Gənclər Təşəbbüsləri İctimai Birliyi", "PUBLIC_UNION", null },
			{ "Spółdzielnia Socjalna „Razem” w %s", "COOPERATIVE", "SOCIAL" },
			{ "Stowarzyszenie Na Rzecz Rozwoju %s", "ASSOCIATION", null },
			{ "Fundacja Ekonomii Społecznej %s", "FOUNDATION", null } };

	static final String[] STATUSES = { "ACTIVE", "ACTIVE", "ACTIVE", "SEMI_ACTIVE", "INACTIVE" };

	static final String[] SECTORS = { "FOOD", "HANDICRAFTS", "TEXTILES", "AGRICULTURE", "EDUCATION", "SOCIAL_SERVICES",
			"EMPLOYMENT", "TOURISM", "CULTURE" };

	static String organization(int i, List<String[]> districts) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String[] district = districts.get(i % districts.size());
		String[] name = NAMES[random.nextInt(NAMES.length)];
		int members = random.nextInt(5, 400);
		double lat = Double.parseDouble(district[3]) + random.nextGaussian() * 0.05;
		double lon = Double.parseDouble(district[4]) + random.nextGaussian() * 0.05;
		return String.format(Locale.ROOT, """
				{"name": %s, "kind": "%s", "subKind": %s, "regionId": "%s", "status": "%s",
				 "latitude": %.5f, "longitude": %.5f, "sectors": ["%s"], "membersTotal": %d, "membersWomen": %d,
				 "registryNumber": "B-%d", "foundedOn": "%d-0%d-1%d", "description": "Benchmark organization %d"}""", json(name[0].formatted(district[1]) + " " + i), name[1],
					name[2] == null ? "null" : "\"" + name[2] + "\"", district[2], STATUSES[random.nextInt(STATUSES.length)],
					lat, lon, SECTORS[random.nextInt(SECTORS.length)], members, random.nextInt(0, members + 1), i,
					random.nextInt(1995, 2025), random.nextInt(1, 10), random.nextInt(0, 10), i);
	}

	/** The seeded districts: name, id, and a point near which their organizations lie. */
	static List<String[]> districts() throws Exception {
		String body = HTTP.send(get("/api/v1/regions"), HttpResponse.BodyHandlers.ofString()).body();
		// each region from its "id" to the next: its own name, and its depth (the
		// districts, towns and rayons lie two levels or more below their country)
		List<String[]> districts = new ArrayList<>();
		String[] regions = body.split("\\{\"id\":\"");
		Pattern fields = Pattern.compile("^([^\"]+)\".*?\"name\":\"([^\"]+)\".*\"depth\":(\\d+)", Pattern.DOTALL);
		for (String region : regions) {
			Matcher matcher = fields.matcher(region);
			if (!matcher.find() || Integer.parseInt(matcher.group(3)) < 2) {
				continue;
			}
			String name = matcher.group(2);
			double[] point = switch (name) {
				case "İzmit", "Kartepe", "Gebze" -> new double[] { 40.77, 29.94 };
				case "Osmangazi", "Nilüfer" -> new double[] { 40.19, 29.06 };
				case "شهرستان زنجان" -> new double[] { 36.67, 48.48 };
				case "Masallı rayonu" -> new double[] { 39.03, 48.67 };
				case "Astara rayonu" -> new double[] { 38.45, 48.87 };
				case "Skarżysko-Kamienna" -> new double[] { 51.11, 20.87 };
				case "Kielce" -> new double[] { 50.87, 20.63 };
				default -> new double[] { 52.41, 16.93 };
			};
			districts.add(new String[] { name, name, matcher.group(1), String.valueOf(point[0]), String.valueOf(point[1]) });
		}
		if (districts.isEmpty()) {
			throw new IllegalStateException("No districts: start Ortak with its demo data");
		}
		return districts;
	}

	static int post(String path, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201 && ThreadLocalRandom.current().nextInt(50) == 0) {
			System.err.println(response.statusCode() + " " + response.body());
		}
		return response.statusCode();
	}

	static HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build();
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
