package main

func russia(p paths) ([]*entry, error) { return nil, nil }
