import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The public directory's benchmark against a started Ortak, run by bench/directory.sh:
 * the directory's 12 searches through the public API (and the coordinators' API) at 1, 8
 * and 32 clients; the map's clusters for a whole-country and a city view; the pages'
 * times; the SQL statements each page runs (from Ortak's SQL log); the open-data
 * download with Ortak's memory during it.
 *
 * <pre>
 * java bench/DirectoryBench.java --base=URL --token=TOKEN --password=ADMIN_PASSWORD --region=KOCAELI_ID \
 *     --seconds=20 --parts=search,coordinators,map,pages,download [--pid=ORTAK_PID] [--sql-log=FILE]
 * </pre>
 */
public class DirectoryBench {

	/** The same searches as bench/lucene/RawLucene.java; {region} is Kocaeli's id. */
	static final List<String> QUERIES = List.of("q=kadin", "q=kooperatif%20kartepe", "q=spoldzielnia",
			"q=" + enc("تعاونی"), "q=tarimsal&status=ACTIVE", "q=ictimai", "kind=COOPERATIVE&status=INACTIVE",
			"region={region}&sort=name", "sector=FOOD&q=uretim", "q=stowarzyszenie&sort=-updated",
			"q=" + enc("دانش‌آموزی"), "q=kocaeli&kind=ASSOCIATION");

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final Map<String, String> options = new HashMap<>();

	static String base;

	public static void main(String[] args) throws Exception {
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], pair.length > 1 ? pair[1] : "true");
		}
		base = options.get("base");
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
		List<String> parts = List.of(options.getOrDefault("parts", "search,coordinators,map,pages,download").split(","));
		List<String> queries = QUERIES.stream().map((q) -> q.replace("{region}", options.get("region"))).toList();
		if (parts.contains("search") || parts.contains("coordinators")) {
			// after an index rebuild the JIT has compiled indexing, not searching: warm both
			// APIs up with 8 clients first, unmeasured, so neither pays for that
			List<String> both = new ArrayList<>();
			queries.forEach((q) -> both.add("/api/v1/public/organizations?" + q + "&size=20"));
			load(8, seconds, both, null);
			List<String> coordinators = queries.stream().map((q) -> "/api/v1/organizations?" + q + "&size=20").toList();
			load(8, seconds, coordinators, options.get("token"));
		}
		if (parts.contains("search")) {
			System.out.println("### Public directory API: `GET /api/v1/public/organizations?…&size=20`");
			System.out.println();
			System.out.println("| search | hits |");
			System.out.println("|---|---:|");
			for (int i = 0; i < queries.size(); i++) {
				String body = get("/api/v1/public/organizations?" + queries.get(i) + "&size=20", null).body();
				Matcher total = Pattern.compile("\"totalElements\":(\\d+)").matcher(body);
				System.out.printf(Locale.ROOT, "| `%s` | %s |%n", QUERIES.get(i), total.find() ? total.group(1) : "?");
			}
			System.out.println();
			table(queries, "/api/v1/public/organizations?", null, seconds);
		}
		if (parts.contains("coordinators")) {
			System.out.println("### Coordinators' API: `GET /api/v1/organizations?…&size=20` (bearer token)");
			System.out.println();
			table(queries, "/api/v1/organizations?", options.get("token"), seconds);
		}
		if (parts.contains("map")) {
			map(Math.max(5, seconds / 2));
		}
		if (parts.contains("pages")) {
			pages(Math.max(5, seconds / 2));
		}
		if (parts.contains("statements")) {
			statements(Path.of(options.get("sql-log")));
		}
		if (parts.contains("download")) {
			download(options.get("pid"));
		}
	}

	static void table(List<String> queries, String prefix, String token, int seconds) throws Exception {
		System.out.println("| clients | requests | errors | p50 ms | p95 ms | p99 ms | max ms | requests/s |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (int clients : new int[] { 1, 8, 32 }) {
			List<String> paths = queries.stream().map((q) -> prefix + q + "&size=20").toList();
			load(clients, Math.max(1, seconds / 5), paths, token); // warm-up
			load(clients, seconds, paths, token).print(clients);
		}
		System.out.println();
	}

	record Result(long[] latencies, int errors, double seconds, long bytes) {

		void print(int clients) {
			long[] sorted = this.latencies.clone();
			Arrays.sort(sorted);
			System.out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.0f |%n", clients, sorted.length,
					this.errors, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
					sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, sorted.length / this.seconds);
		}

		double p(double p) {
			long[] sorted = this.latencies.clone();
			Arrays.sort(sorted);
			return ms(sorted, p);
		}

		static double ms(long[] sorted, double p) {
			return sorted.length == 0 ? 0
					: sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
		}

	}

	static Result load(int clients, int seconds, List<String> paths, String token) throws Exception {
		return load(clients, seconds, paths, token, HTTP);
	}

	static Result load(int clients, int seconds, List<String> paths, String token, HttpClient http)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Future<long[]>> futures = new ArrayList<>();
		AtomicInteger errors = new AtomicInteger();
		AtomicLong bytes = new AtomicLong();
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				long[] mine = new long[1024];
				int count = 0;
				while (System.nanoTime() < end) {
					String path = paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
					long t = System.nanoTime();
					HttpResponse<byte[]> response = http.send(request(path, token).build(),
							HttpResponse.BodyHandlers.ofByteArray());
					long took = System.nanoTime() - t;
					if (response.statusCode() != 200) {
						if (errors.incrementAndGet() <= 3) {
							System.err.println(response.statusCode() + " " + path + " "
									+ new String(response.body(), StandardCharsets.UTF_8));
						}
					}
					bytes.set(response.body().length);
					if (count == mine.length) {
						mine = Arrays.copyOf(mine, count * 2);
					}
					mine[count++] = took;
				}
				return Arrays.copyOf(mine, count);
			}));
		}
		List<long[]> all = new ArrayList<>();
		int total = 0;
		for (Future<long[]> future : futures) {
			long[] mine = future.get();
			all.add(mine);
			total += mine.length;
		}
		pool.shutdown();
		double took = (System.nanoTime() - started) / 1e9;
		long[] latencies = new long[total];
		int at = 0;
		for (long[] mine : all) {
			System.arraycopy(mine, 0, latencies, at, mine.length);
			at += mine.length;
		}
		return new Result(latencies, errors.get(), took, bytes.get());
	}

	/**
	 * The map's clusters (GET /api/v1/public/map, being added on main): skipped with a
	 * message while it answers 404.
	 */
	static void map(int seconds) throws Exception {
		System.out.println("### Map: `GET /api/v1/public/map?bbox=west,south,east,north&zoom=z`, one client");
		System.out.println();
		Map<String, String> views = new LinkedHashMap<>();
		views.put("the map's first view (Poland to Iran)", "/api/v1/public/map?bbox=10,30,60,56&zoom=4");
		views.put("whole country (Turkey)", "/api/v1/public/map?bbox=25.6,35.8,44.8,42.1&zoom=6");
		views.put("city (İzmit)", "/api/v1/public/map?bbox=29.8,40.7,30.1,40.85&zoom=13");
		HttpResponse<String> probe = get(views.values().iterator().next(), null);
		if (probe.statusCode() == 404) {
			System.out.println("Skipped: `/api/v1/public/map` answers 404 in this build (the map endpoint is not merged yet).");
			System.out.println();
			return;
		}
		System.out.println("| view | requests | errors | p50 ms | p95 ms | bytes | clusters | points |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
		for (Map.Entry<String, String> view : views.entrySet()) {
			load(1, Math.max(1, seconds / 5), List.of(view.getValue()), null);
			Result result = load(1, seconds, List.of(view.getValue()), null);
			String body = get(view.getValue(), null).body();
			System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %d | %d | %d |%n", view.getKey(),
					result.latencies().length, result.errors(), result.p(0.5), result.p(0.95), result.bytes(),
					count(body, "clusters"), count(body, "points"));
		}
		System.out.println();
	}

	/** Members of the JSON array {@code "name":[…]}: its top-level objects. */
	static int count(String body, String name) {
		int at = body.indexOf("\"" + name + "\"");
		if (at < 0) {
			return -1;
		}
		int start = body.indexOf('[', at);
		int depth = 0;
		int objects = 0;
		for (int i = start; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '[' || c == '{') {
				if (c == '{' && depth == 1) {
					objects++;
				}
				depth++;
			}
			else if (c == ']' || c == '}') {
				depth--;
				if (depth == 0) {
					break;
				}
			}
			else if (c == '"') {
				i = body.indexOf('"', i + 1);
				while (body.charAt(i - 1) == '\\') {
					i = body.indexOf('"', i + 1);
				}
			}
		}
		return objects;
	}

	/** The pages people open: the directory's search and profile, the coordinators' list. */
	static Map<String, String> pagePaths(HttpClient signedIn) throws Exception {
		String first = get("/api/v1/public/organizations?q=kooperatif&size=1", null).body();
		Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(first);
		id.find();
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("directory search", "/directory?q=kooperatif");
		pages.put("directory, no words", "/directory");
		pages.put("profile", "/directory/" + id.group(1));
		pages.put("coordinators' list (signed in)", "/organizations");
		pages.put("coordinators' search (signed in)", "/organizations?q=kooperatif");
		return pages;
	}

	static HttpClient signIn() throws Exception {
		HttpClient signedIn = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String login = signedIn.send(request("/login", null).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
		if (!csrf.find()) {
			csrf = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(login);
			csrf.find();
		}
		String form = "username=admin&password=" + enc(options.get("password")) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> posted = signedIn.send(request("/login", null)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = posted.headers().firstValue("Location").orElse("");
		if (posted.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in failed: " + posted.statusCode() + " " + location);
		}
		return signedIn;
	}

	static void pages(int seconds) throws Exception {
		HttpClient signedIn = signIn();
		System.out.println("### Pages: server time seen by one client on the same machine (HTML, whole page)");
		System.out.println();
		System.out.println("| page | requests | errors | p50 ms | p95 ms | p99 ms | bytes |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|");
		for (Map.Entry<String, String> page : pagePaths(signedIn).entrySet()) {
			HttpClient client = page.getKey().contains("signed in") ? signedIn : HTTP;
			load(1, Math.max(1, seconds / 5), List.of(page.getValue()), null, client);
			Result result = load(1, seconds, List.of(page.getValue()), null, client);
			System.out.printf(Locale.ROOT, "| %s `%s` | %d | %d | %.1f | %.1f | %.1f | %d |%n", page.getKey(),
					page.getValue().replaceFirst("/directory/[0-9a-f-]{36}", "/directory/{id}"),
					result.latencies().length, result.errors(), result.p(0.5), result.p(0.95), result.p(0.99),
					result.bytes());
		}
		System.out.println();
	}

	/**
	 * SQL statements per page: Ortak runs with org.hibernate.SQL at debug into SQL_LOG;
	 * the statements logged by the request threads (http-nio-…-exec-…) while one page is
	 * served are that page's. Background work (the outbox, the job scheduler) runs in
	 * other threads and is not counted.
	 */
	static void statements(Path log) throws Exception {
		HttpClient signedIn = signIn();
		Map<String, String> pages = pagePaths(signedIn);
		pages.put("public API search", "/api/v1/public/organizations?q=kadin&size=20");
		pages.put("coordinators' API search (token)", "/api/v1/organizations?q=kadin&size=20");
		System.out.println("### SQL statements per request (Ortak with `--logging.level.org.hibernate.SQL=debug`)");
		System.out.println();
		System.out.println("| page | statements |");
		System.out.println("|---|---:|");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			HttpClient client = page.getKey().contains("signed in") ? signedIn : HTTP;
			String token = page.getKey().contains("token") ? options.get("token") : null;
			for (int i = 0; i < 3; i++) {
				client.send(request(page.getValue(), token).build(), HttpResponse.BodyHandlers.ofByteArray());
			}
			// Ortak writes its log through a pipe: what the warm-up requests logged reaches
			// the file before the count is taken
			Thread.sleep(500);
			long before = sqlLines(log);
			HttpResponse<byte[]> response = client.send(request(page.getValue(), token).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			// and what the measured request logged, before the second count
			Thread.sleep(500);
			long after = sqlLines(log);
			System.out.printf(Locale.ROOT, "| %s `%s` (%d) | %d |%n", page.getKey(),
					page.getValue().replaceFirst("/directory/[0-9a-f-]{36}", "/directory/{id}"),
					response.statusCode(), after - before);
		}
		System.out.println();
	}

	static long sqlLines(Path log) throws IOException {
		try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
			return lines.filter((line) -> line.contains("-exec-") && line.contains("org.hibernate.SQL")).count();
		}
	}

	/** The whole open-data CSV, with Ortak's RSS and heap sampled while it streams. */
	static void download(String pid) throws Exception {
		AtomicBoolean done = new AtomicBoolean();
		AtomicLong maxRss = new AtomicLong();
		AtomicLong maxHeap = new AtomicLong();
		Thread sampler = new Thread(() -> {
			Pattern used = Pattern.compile("total (\\d+)K, used (\\d+)K");
			while (!done.get() && pid != null) {
				try {
					for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
						if (line.startsWith("VmRSS:")) {
							maxRss.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")), Math::max);
						}
					}
					Process jcmd = new ProcessBuilder("jcmd", pid, "GC.heap_info").redirectErrorStream(true).start();
					String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
					Matcher heap = used.matcher(out);
					if (heap.find()) {
						maxHeap.accumulateAndGet(Long.parseLong(heap.group(2)), Math::max);
					}
					// sampled once a second while the download streams
					Thread.sleep(1000);
				}
				catch (Exception ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		long started = System.nanoTime();
		HttpResponse<InputStream> response = HTTP.send(request("/open-data/organizations.csv", null).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		long firstByte = System.nanoTime();
		long bytes = 0;
		long lines = 0;
		try (InputStream in = response.body()) {
			byte[] buffer = new byte[1 << 16];
			for (int read; (read = in.read(buffer)) > 0;) {
				bytes += read;
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		done.set(true);
		sampler.join(5000);
		System.out.println("### Open data: `GET /open-data/organizations.csv`, the whole register");
		System.out.println();
		System.out.println("| status | lines (with header) | MB | first byte ms | total s | MB/s | Ortak's max RSS MB | max heap used MB |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
		System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %.0f | %.1f | %.1f | %d | %d |%n", response.statusCode(), lines,
				bytes / 1e6, (firstByte - started) / 1e6, seconds, bytes / 1e6 / seconds, maxRss.get() / 1024,
				maxHeap.get() / 1024);
		System.out.println();
	}

	static HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.GET();
	}

	static HttpResponse<String> get(String path, String token) throws Exception {
		return HTTP.send(request(path, token).build(), HttpResponse.BodyHandlers.ofString());
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
