/**
 * Background jobs kept in the database (db-scheduler): they survive restarts and run on
 * one node at a time.
 */
package org.ortak.shared.jobs;
