/** Our pages are in English: said on <html> (the bundler's page template has no lang), so screen readers pronounce them right. */
import { useEffect } from "react";

export function usePageLanguage(lang = "en"): void {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
