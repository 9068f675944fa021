import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monitoring benchmark's reader (issue 15): the results view of the Zanjan plan and
 * of the Azerbaijani project, through the API and as pages, and their report for a year,
 * each read ROUNDS times one after another after a warm-up: median, 95th percentile and
 * slowest, in milliseconds, as markdown rows.
 *
 * java bench/monitoring/MonitoringBench.java BASE_URL TOKEN [ROUNDS]
 */
public class MonitoringBench {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 100;
		String plan = first(get(base + "/api/v1/plans?q=" + URLEncoder.encode("زنجان", StandardCharsets.UTF_8), token));
		String project = first(
				get(base + "/api/v1/projects?q=" + URLEncoder.encode("Regionlarda", StandardCharsets.UTF_8), token));
		String shown = get(base + "/api/v1/projects/" + project, token);
		System.out.println("| project's participants (each once) | "
				+ find(shown, "\"people\":(\\d+)") + " people, " + find(shown, "\"attendances\":(\\d+)")
				+ " attendances |");
		System.out.println("| plan's targets in the view | " + count(get(base + "/api/v1/plans/" + plan, token),
				"\"indicatorId\"") + " |");
		System.out.println();
		System.out.println("| read | p50 ms | p95 ms | max ms |");
		System.out.println("|---|---:|---:|---:|");
		measure("GET /api/v1/plans/{zanjan}", base + "/api/v1/plans/" + plan, token, rounds);
		measure("GET /plans/{zanjan} (page)", base + "/plans/" + plan, token, rounds);
		measure("GET /api/v1/plans/{zanjan}/report?period=2025", base + "/api/v1/plans/" + plan + "/report?period=2025",
				token, rounds);
		measure("GET /api/v1/projects/{azerbaijani}", base + "/api/v1/projects/" + project, token, rounds);
		measure("GET /projects/{azerbaijani} (page)", base + "/projects/" + project, token, rounds);
		measure("GET /api/v1/projects/{azerbaijani}/report?period=2024",
				base + "/api/v1/projects/" + project + "/report?period=2024", token, rounds);
	}

	private static void measure(String name, String url, String token, int rounds) throws Exception {
		for (int i = 0; i < 10; i++) {
			get(url, token);
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			get(url, token);
			times.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(times);
		System.out.printf("| %s | %.1f | %.1f | %.1f |%n", name, times.get(times.size() / 2),
				times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1));
	}

	private static String get(String url, String token) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static String first(String page) {
		Matcher matcher = ID.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("nothing found: " + page);
		}
		return matcher.group(1);
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		return matcher.find() ? matcher.group(1) : "?";
	}

	private static int count(String text, String word) {
		int n = 0;
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
			n++;
		}
		return n;
	}

}
