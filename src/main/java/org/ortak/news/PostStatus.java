package org.ortak.news;

/**
 * A post is written as a draft and published when ready.
 */
public enum PostStatus {

	DRAFT, PUBLISHED

}
