// Package model is parley's domain: sources, actors, events with their dated
// provenance, quotes and excerpts, and the queries a reader runs over them
// (order, filter by actor, search, related events). It does no I/O and knows
// nothing about terminals; package data fills it and package tui shows it.
package model
