# DeLong references for tools/golden/stats.py (R pROC, Debian r-cran-proc).
# Usage: Rscript stats_delong.R in.csv out.csv
# in.csv columns: case, label, base, cand, level. One output row per case:
# auc, ci.auc(method="delong") low/high of base; roc.test(cand, base, method="delong", paired=TRUE) z, p, ci.
suppressMessages(library(pROC))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
out <- NULL
for (k in unique(d$case)) {
  s <- d[d$case == k, ]
  level <- s$level[1]
  rb <- roc(s$label, s$base, levels = c(0, 1), direction = "<", quiet = TRUE)
  rc <- roc(s$label, s$cand, levels = c(0, 1), direction = "<", quiet = TRUE)
  ci <- ci.auc(rb, method = "delong", conf.level = level)
  t <- roc.test(rc, rb, method = "delong", paired = TRUE, conf.level = level)
  out <- rbind(out, data.frame(case = k, auc = as.numeric(auc(rb)), low = ci[1], high = ci[3],
                               z = unname(t$statistic), p = t$p.value,
                               dlow = t$conf.int[1], dhigh = t$conf.int[2]))
}
write.csv(out, args[2], row.names = FALSE)
