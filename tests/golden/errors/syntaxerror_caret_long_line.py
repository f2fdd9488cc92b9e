# check: stderr code
# A long line: the text is printed whole, the caret under the error.
value = compute(alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa) +* 2
