from kg.entry import run

run()
