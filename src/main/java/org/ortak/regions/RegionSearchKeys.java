package org.ortak.regions;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.ortak.shared.Text;

/**
 * A region's names as a picker compares them: every name folded as {@link Text#folded}
 * does, joined; an Azerbaijani ə also as a, as people without an Azerbaijani keyboard
 * type it ("Gəncə" is found by "gence" and by "ganca").
 */
public final class RegionSearchKeys {

	static final int MAX = 4000;

	private RegionSearchKeys() {
	}

	public static String of(String name, Collection<String> names) {
		Set<String> keys = new LinkedHashSet<>();
		Stream.concat(Stream.of(name), names.stream()).filter(Objects::nonNull).forEach((each) -> {
			keys.add(Text.folded(each));
			keys.add(Text.folded(each.replace('\u0259', 'a').replace('\u018F', 'A')));
		});
		String key = String.join(" | ", keys);
		return (key.length() > MAX) ? key.substring(0, MAX) : key;
	}

}
