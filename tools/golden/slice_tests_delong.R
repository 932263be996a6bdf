# DeLong references for tools/golden/slice_tests.py (R pROC, Debian r-cran-proc).
# Usage: Rscript slice_tests_delong.R in.csv out.csv
# in.csv columns: case, part (0 = slice, 1 = rest), label, score. One output row per case: the AUC and
# var(method="delong") of each part, and roc.test(roc_slice, roc_rest, method="delong", paired=FALSE): the statistic D,
# its degrees of freedom, the two-sided p and the one-sided p of alternative="less" (the slice's AUC is smaller).
suppressMessages(library(pROC))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
out <- NULL
for (k in unique(d$case)) {
  a <- d[d$case == k & d$part == 0, ]
  b <- d[d$case == k & d$part == 1, ]
  r1 <- roc(a$label, a$score, levels = c(0, 1), direction = "<", quiet = TRUE)
  r2 <- roc(b$label, b$score, levels = c(0, 1), direction = "<", quiet = TRUE)
  t <- roc.test(r1, r2, method = "delong", paired = FALSE)
  less <- roc.test(r1, r2, method = "delong", paired = FALSE, alternative = "less")
  out <- rbind(out, data.frame(case = k, auc1 = as.numeric(auc(r1)), auc2 = as.numeric(auc(r2)),
                               var1 = var(r1, method = "delong"), var2 = var(r2, method = "delong"),
                               d = unname(t$statistic), df = unname(t$parameter), p = t$p.value,
                               pless = less$p.value))
}
write.csv(out, args[2], row.names = FALSE)
