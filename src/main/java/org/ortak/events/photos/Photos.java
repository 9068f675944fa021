package org.ortak.events.photos;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ortak.events.Events;
import org.ortak.people.ConsentPurpose;
import org.ortak.people.People;
import org.ortak.people.PersonCard;
import org.ortak.people.PersonalData;
import org.ortak.shared.InvalidInput;
import org.ortak.shared.NotFound;
import org.ortak.shared.StaleVersion;
import org.ortak.shared.Text;
import org.ortak.shared.Violations;
import org.ortak.shared.files.CheckedImage;
import org.ortak.shared.files.FileStorage;
import org.ortak.shared.files.StoredFiles;
import org.ortak.shared.files.Images;
import org.ortak.shared.security.Actor;

/**
 * An event's photo gallery. Whoever keeps the event uploads photos (checked by content,
 * cleaned of their metadata, with a thumbnail; kept in the file storage under a key Ortak
 * makes), describes them and names who they show. Readers of the event see a photo only
 * when every person it shows has consented to photos, as recorded now: a withdrawn
 * consent takes the photo down at once; the event's keepers see all, with who has not
 * consented. A person's erasure deletes the photos that show them.
 */
@Service
public class Photos implements PersonalData {

	/** A gallery holds at most this many photos. */
	static final int MAX_PER_EVENT = 500;

	private final PhotoRepository repository;

	private final Events events;

	private final People people;

	private final Images images;

	private final FileStorage storage;

	private final Clock clock;

	Photos(PhotoRepository repository, Events events, People people, Images images, FileStorage storage, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.people = people;
		this.images = images;
		this.storage = storage;
		this.clock = clock;
	}

	/** Refuses who may not add photos to the event, before an upload is read. */
	public void requireMayAdd(UUID eventId, Actor actor) {
		this.events.requireKept(eventId, actor);
	}

	/** The largest upload taken, in bytes. */
	public long maxFileSize() {
		return this.images.maxFileSize();
	}

	/**
	 * Adds a photo to the gallery. The description is checked before the image, so that a
	 * photo is never stored without its text; the files are written (durably) before the
	 * record that names them is committed.
	 */
	@Transactional
	public PhotoView upload(UUID eventId, byte[] upload, PhotoDraft draft, Actor actor) {
		this.events.requireKept(eventId, actor);
		Described described = checked(draft, actor);
		if (this.repository.ofEvent(eventId).size() >= MAX_PER_EVENT) {
			throw InvalidInput.of("file", "photo.galleryFull", MAX_PER_EVENT);
		}
		CheckedImage image = this.images.check("file", upload);
		String key = FileStorage.newKey("photos", image.extension(), this.clock);
		String thumbnailKey = key.substring(0, key.length() - image.extension().length() - 1) + "-thumbnail."
				+ image.extension();
		// files no record names are taken away again: nothing of the photo stays behind
		// a refusal or a failure, where no erasure would find it
		StoredFiles.removeUnlessCommitted(this.storage, List.of(key, thumbnailKey));
		this.storage.put(key, image.content());
		this.storage.put(thumbnailKey, image.thumbnail());
		EventPhoto photo = new EventPhoto(eventId, image, key, thumbnailKey, now(), actor.username());
		photo.describe(described.alt, described.caption, described.people, described.nobodyRecognisable);
		this.repository.saveAndFlush(photo);
		return views(List.of(photo), true).get(0);
	}

	/** Another text, caption or people shown. */
	@Transactional
	public PhotoView describe(UUID eventId, UUID photoId, PhotoDraft draft, Long version, Actor actor) {
		this.events.requireKept(eventId, actor);
		EventPhoto photo = photoOf(eventId, photoId);
		if (version != null && version != photo.version()) {
			throw new StaleVersion();
		}
		Described described = checked(draft, actor);
		photo.describe(described.alt, described.caption, described.people, described.nobodyRecognisable);
		this.repository.flush();
		return views(List.of(photo), true).get(0);
	}

	/** Out of the gallery; its files go once the removal is committed. */
	@Transactional
	public void delete(UUID eventId, UUID photoId, Actor actor) {
		this.events.requireKept(eventId, actor);
		EventPhoto photo = photoOf(eventId, photoId);
		this.repository.delete(photo);
		StoredFiles.removeAfterCommit(this.storage, List.of(photo.storageKey(), photo.thumbnailKey()));
	}

	/**
	 * The gallery as the reader may see it: every photo for its keepers, the consented
	 * for other readers of the event.
	 */
	@Transactional(readOnly = true)
	public List<PhotoView> gallery(UUID eventId, Actor actor) {
		this.events.requireReadable(eventId, actor);
		boolean keeps = this.events.keeps(eventId, actor);
		// who is in a photo is read by those who read people
		List<PhotoView> all = views(this.repository.ofEvent(eventId), keeps && People.mayRead(actor));
		return keeps ? all : all.stream().filter(PhotoView::published).toList();
	}

	/**
	 * The photos asked for that anyone may see (of a public event, every person shown
	 * consenting), in the order asked: for a news post.
	 */
	@Transactional(readOnly = true)
	public List<PhotoView> published(List<UUID> photoIds) {
		if (photoIds.isEmpty()) {
			return List.of();
		}
		Map<UUID, PhotoView> byId = new LinkedHashMap<>();
		Map<UUID, Boolean> publicEvents = new LinkedHashMap<>();
		for (PhotoView view : views(this.repository.findByPublicIdIn(Set.copyOf(photoIds)), false)) {
			if (view.published() && publicEvents.computeIfAbsent(view.eventId(), this.events::isPublic)) {
				byId.put(view.id(), view);
			}
		}
		return photoIds.stream().map(byId::get).filter((view) -> view != null).toList();
	}

	/** A photo's file, or its thumbnail's, for whoever may see the photo. */
	@Transactional(readOnly = true)
	public PhotoFile file(UUID photoId, boolean thumbnail, Actor actor) {
		EventPhoto photo = this.repository.findByPublicId(photoId).orElseThrow(NotFound::new);
		this.events.requireReadable(photo.eventId(), actor);
		if (!this.events.keeps(photo.eventId(), actor) && !consented(photo)) {
			throw new NotFound();
		}
		InputStream content = this.storage.open(thumbnail ? photo.thumbnailKey() : photo.storageKey())
			.orElseThrow(NotFound::new);
		boolean open = this.events.isPublic(photo.eventId()) && consented(photo);
		return new PhotoFile(content, photo.mediaType(), open);
	}

	/** A photo's bytes, its type, and whether anyone may see it (caches may keep it). */
	public record PhotoFile(InputStream content, String mediaType, boolean open) {
	}

	@Override
	public String section() {
		return "photos";
	}

	@Override
	public Object export(UUID personId) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (EventPhoto photo : this.repository.showing(personId)) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("photoId", photo.publicId());
			item.put("eventId", photo.eventId());
			item.put("alt", photo.alt());
			item.put("caption", photo.caption());
			item.put("uploadedAt", photo.uploadedAt());
			list.add(item);
		}
		return list;
	}

	/** A photo shows the person: it goes, files and all. */
	@Override
	@Transactional
	public void erase(UUID personId) {
		for (EventPhoto photo : this.repository.showing(personId)) {
			this.repository.delete(photo);
			StoredFiles.removeAfterCommit(this.storage, List.of(photo.storageKey(), photo.thumbnailKey()));
		}
	}

	private record Described(String alt, String caption, Set<UUID> people, boolean nobodyRecognisable) {
	}

	/**
	 * The description checked: its text, and who the photo shows (named by those who read
	 * people: admins and coordinators) or that it shows nobody recognisable. Neither
	 * said, the photo waits, unseen by readers, until its keepers say it.
	 */
	private Described checked(PhotoDraft draft, Actor actor) {
		String alt = Text.clean(draft.alt());
		String caption = Text.clean(draft.caption());
		Violations violations = new Violations().required("alt", alt)
			.line("alt", alt, 300)
			.text("caption", caption, true)
			.maxLength("caption", caption, 500);
		Set<UUID> shown = new LinkedHashSet<>(draft.people());
		if (shown.size() > 100) {
			violations.add("people", "validation.tooMany", 100);
		}
		else if (!shown.isEmpty() && !People.mayRead(actor)) {
			violations.add("people", "photo.peopleForStaff");
		}
		else if (!shown.isEmpty() && this.people.cards(shown, null).size() != shown.size()) {
			violations.add("people", "photo.unknownPerson");
		}
		else if (!shown.isEmpty() && draft.nobodyRecognisable()) {
			violations.add("nobodyRecognisable", "photo.nobodyButNamed");
		}
		violations.throwIfAny();
		return new Described(alt, caption, shown, draft.nobodyRecognisable());
	}

	private EventPhoto photoOf(UUID eventId, UUID photoId) {
		return this.repository.findByPublicId(photoId)
			.filter((photo) -> photo.eventId().equals(eventId))
			.orElseThrow(NotFound::new);
	}

	private boolean consented(EventPhoto photo) {
		Set<UUID> shown = photo.people();
		if (shown.isEmpty()) {
			return photo.nobodyRecognisable();
		}
		return this.people.consenting(shown, ConsentPurpose.PHOTOS).containsAll(shown);
	}

	private List<PhotoView> views(List<EventPhoto> photos, boolean withPeople) {
		Set<UUID> everyone = new HashSet<>();
		photos.forEach((photo) -> everyone.addAll(photo.people()));
		Set<UUID> consenting = this.people.consenting(everyone, ConsentPurpose.PHOTOS);
		Map<UUID, PersonCard> cards = withPeople ? this.people.cards(everyone, null) : Map.of();
		List<PhotoView> views = new ArrayList<>();
		for (EventPhoto photo : photos) {
			List<PhotoView.Shown> shown = new ArrayList<>();
			if (withPeople) {
				for (UUID person : photo.people()) {
					PersonCard card = cards.get(person);
					shown.add(new PhotoView.Shown(person, (card != null) ? card.name() : null,
							consenting.contains(person)));
				}
			}
			String url = "/photos/" + photo.publicId();
			views.add(new PhotoView(photo.publicId(), photo.version(), photo.eventId(), url, url + "/thumbnail",
					photo.alt(), photo.caption(), photo.width(), photo.height(), photo.thumbnailWidth(),
					photo.thumbnailHeight(), shown,
					photo.people().isEmpty() ? photo.nobodyRecognisable() : consenting.containsAll(photo.people()),
					photo.nobodyRecognisable(), photo.uploadedAt(), withPeople ? photo.uploadedBy() : null));
		}
		return views;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
