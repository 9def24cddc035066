package io.github.debatestance.core.model;

/** What kind of actor speaks. Immutable and thread-safe. */
public enum ActorType {
  PERSON,
  ORGANIZATION
}
