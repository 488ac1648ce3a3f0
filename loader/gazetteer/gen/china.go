package main

func china(p paths) ([]*entry, error) { return nil, nil }
