// SAMPLE TEXT WRITTEN FOR THIS LIBRARY, NOT A REAL POLICY DOCUMENT (simplified script). Made up
// in the style of a national technology plan; it quotes no real text.
export const sampleZhHans = `智能系统发展纲要（示例）

人工智能是关系国家安全和人民生活的战略性技术。必须抓住机遇，同时防范新的安全风险。

到2030年，建立完善的智能系统安全保障体系，制定数据安全、网络安全和产品安全标准。

智能技术要服务经济发展、民生改善和国防建设。

安全是发展的前提。各部门在重大决策中都要考虑国家安全，严重安全事件要及时报告。
`;
