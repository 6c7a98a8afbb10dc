import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, 'bn-baseline.json'))
assert baseline == ['a-supported': 'SUPPORTED', 'b-refuted': 'REFUTED']
assert new File(basedir, 'build.log').text.contains('wrote the baseline of 2 claim verdict(s)')
return true
