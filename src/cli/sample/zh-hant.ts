// SAMPLE TEXT WRITTEN FOR THIS LIBRARY, NOT A REAL POLICY DOCUMENT (traditional script). The
// same made-up text as the simplified sample, so that both scripts must give the same counts.
export const sampleZhHant = `智能系統發展綱要（示例）

人工智能是關係國家安全和人民生活的戰略性技術。必須抓住機遇，同時防範新的安全風險。

到2030年，建立完善的智能系統安全保障體系，制定數據安全、網絡安全和產品安全標準。

智能技術要服務經濟發展、民生改善和國防建設。

安全是發展的前提。各部門在重大決策中都要考慮國家安全，嚴重安全事件要及時報告。
`;
