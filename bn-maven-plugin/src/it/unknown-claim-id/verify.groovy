def log = new File(basedir, 'build.log').text
assert log.contains("bn: the claims JVM ran no claim: unknown claim id(s) [no-such-claim]; the claims tagged 'claim' are [a-supported]")
return true
