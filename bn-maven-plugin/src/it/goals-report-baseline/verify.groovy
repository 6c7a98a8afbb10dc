import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('no baseline file')
assert log.contains('b-refuted: new claim, REFUTED (not in the baseline)')
assert log.contains(':report')
assert new JsonSlurper().parse(new File(basedir, 'bn-baseline.json')) == ['a-supported': 'SUPPORTED', 'b-refuted': 'REFUTED']
return true
